package org.greenledger.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class PlatformDefaultsTest {

    private static StandardEnvironment service(Map<String, Object> own) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application", own));
        new PlatformDefaults().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void a_service_gets_the_shared_defaults_without_repeating_them() {
        StandardEnvironment environment = service(Map.of());

        assertThat(environment.getProperty("spring.jackson.deserialization.fail-on-unknown-properties")).isEqualTo("true");
        assertThat(environment.getProperty("axon.serializer.events")).isEqualTo("jackson");
        assertThat(environment.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health,info,prometheus");
        assertThat(environment.getProperty("logging.pattern.correlation")).contains("%X{correlationId:-}");
        assertThat(environment.getProperty("logging.structured.format.console")).isNull();
    }

    @Test
    void a_service_setting_overrides_a_default() {
        StandardEnvironment environment = service(Map.of("management.endpoints.web.exposure.include", "health"));

        assertThat(environment.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health");
    }

    @Test
    void json_logs_switch_the_console_to_ecs() {
        StandardEnvironment environment = service(Map.of("greenledger.logging.json", "true"));

        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
    }

    @Test
    void axon_does_not_phone_home_for_updates() {
        service(Map.of());

        assertThat(System.getProperty("axoniq.update-checker.disabled")).isEqualTo("true");
    }
}
