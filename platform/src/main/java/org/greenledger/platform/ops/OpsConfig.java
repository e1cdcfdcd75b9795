package org.greenledger.platform.ops;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.greenledger.platform.security.Actor;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * API docs with a bearer-JWT scheme, so Swagger UI offers "Authorize". Health, readiness,
 * info and Prometheus endpoints are exposed through the platform defaults.
 */
@AutoConfiguration
public class OpsConfig {

    static final String BEARER_JWT = "bearer-jwt";

    static {
        // the caller comes from the token, not from request parameters
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    @ConditionalOnMissingBean
    OpenAPI greenledgerOpenApi(@Value("${spring.application.name:greenledger}") String application) {
        return new OpenAPI().info(new Info()
                .title(application)
                .description("greenledger " + application + ". Every endpoint needs a JWT bearer token; "
                        + "errors are RFC 9457 application/problem+json."));
    }

    @Bean
    OpenApiCustomizer bearerJwtScheme() {
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSecuritySchemes(BEARER_JWT, new SecurityScheme()
                    .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT"));
            api.addSecurityItem(new SecurityRequirement().addList(BEARER_JWT));
        };
    }
}
