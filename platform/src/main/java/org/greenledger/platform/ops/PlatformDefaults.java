package org.greenledger.platform.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * Adds {@code greenledger-platform.properties} as the lowest-precedence property source of every
 * service that has the platform on its class path, so both services share the defaults without
 * repeating them, and each can still override any of them. Runs before logging starts, so the
 * log format settings take effect too.
 */
public class PlatformDefaults implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "greenledger-platform-defaults";
    static final String FILE = "greenledger-platform.properties";
    static final String JSON_LOGS = "greenledger.logging.json";
    static final String AXON_UPDATE_CHECK = "axoniq.update-checker.disabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Properties defaults;
        try {
            defaults = PropertiesLoaderUtils.loadProperties(new ClassPathResource(FILE, PlatformDefaults.class.getClassLoader()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the platform defaults " + FILE, e);
        }
        environment.getPropertySources().addLast(new PropertiesPropertySource(SOURCE, defaults));
        // Axon phones home for updates unless told not to, and reads only a system property for it:
        // a system of record sends nothing out that its operators did not ask for
        if (System.getProperty(AXON_UPDATE_CHECK) == null) {
            System.setProperty(AXON_UPDATE_CHECK, "true");
        }
        if (environment.getProperty(JSON_LOGS, Boolean.class, false)) {
            Map<String, Object> json = new HashMap<>();
            json.put("logging.structured.format.console", "ecs");
            // higher than the file defaults above, lower than anything the service sets
            environment.getPropertySources().addBefore(SOURCE, new MapPropertySource(SOURCE + "-json-logs", json));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
