package org.greenledger.platform.security;

import com.nimbusds.jose.JOSEException;
import jakarta.servlet.DispatcherType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.greenledger.platform.problem.ProblemWriter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.StringUtils;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every endpoint but health, metrics, API docs and the attestation key set (banks verify
 * attestations with it, holding no token of ours) needs a JWT bearer token. In the embedded
 * mode the token is checked against the dev signing key in the data folder; once
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or {@code .jwk-set-uri} is set,
 * against that issuer instead. Either way only RS256/ES256 signatures, a live {@code exp}, our
 * audience and readable role claims pass.
 */
@AutoConfiguration(before = {SecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class,
        UserDetailsServiceAutoConfiguration.class})
@EnableConfigurationProperties(SecuritySettings.class)
public class SecurityConfig {

    static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    static final String JWK_SET_URI = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";
    static final String[] PUBLIC_PATHS = {
            "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
            "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/api/greenfinance/attestation-keys",
            "/api/audit/log/key", "/api/audit/log/checkpoint", "/api/audit/log/checkpoints/*"};
    /** Asymmetric signatures only: no "none", no shared-secret HS* that a leaked key could forge. */
    private static final Consumer<Set<SignatureAlgorithm>> ASYMMETRIC = algorithms -> {
        algorithms.clear();
        algorithms.add(SignatureAlgorithm.RS256);
        algorithms.add(SignatureAlgorithm.ES256);
    };

    @Bean
    SecurityFilterChain greenledgerSecurityFilterChain(HttpSecurity http, JwtDecoder jwtDecoder,
                                                      ProblemWriter problemWriter) throws Exception {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(problemWriter);
        ProblemAccessDeniedHandler accessDenied = new ProblemAccessDeniedHandler(problemWriter);
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(roleAuthorities()))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied));
        return http.build();
    }

    @Bean
    JwtDecoder jwtDecoder(Environment environment, SecuritySettings settings) {
        String issuerUri = environment.getProperty(ISSUER_URI);
        String jwkSetUri = environment.getProperty(JWK_SET_URI);
        if (StringUtils.hasText(jwkSetUri)) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).jwsAlgorithms(ASYMMETRIC).build();
            decoder.setJwtValidator(validators(settings, StringUtils.hasText(issuerUri) ? issuerUri : null));
            return decoder;
        }
        if (StringUtils.hasText(issuerUri)) {
            // discovery is deferred to the first token, so a service starts while the issuer is down
            return new SupplierJwtDecoder(() -> {
                NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuerUri).jwsAlgorithms(ASYMMETRIC).build();
                decoder.setJwtValidator(validators(settings, issuerUri));
                return decoder;
            });
        }
        Path keyFile = Path.of(environment.getProperty("greenledger.data", "./data"), "dev-signing-key.json");
        NimbusJwtDecoder decoder;
        try {
            decoder = NimbusJwtDecoder.withPublicKey(DevSigningKey.loadOrCreate(keyFile).toRSAPublicKey())
                    .signatureAlgorithm(SignatureAlgorithm.RS256)
                    .build();
        } catch (JOSEException e) {
            throw new IllegalStateException("The dev signing key at " + keyFile + " has no usable RSA public key", e);
        }
        decoder.setJwtValidator(validators(settings, DevSigningKey.ISSUER));
        return decoder;
    }

    @Bean
    WebMvcConfigurer actorParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new ActorArgumentResolver());
            }
        };
    }

    static OAuth2TokenValidator<Jwt> validators(SecuritySettings settings, String issuer) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(new JwtTimestampValidator(settings.clockSkew()));
        validators.add(new JwtClaimValidator<>(JwtClaimNames.EXP, Objects::nonNull));
        if (issuer != null) {
            validators.add(new JwtIssuerValidator(issuer));
        }
        validators.add(new JwtAudienceValidator(settings.audience()));
        validators.add(new ActorClaimsValidator());
        return new DelegatingOAuth2TokenValidator<>(validators);
    }

    private static JwtAuthenticationConverter roleAuthorities() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> List.of(
                new SimpleGrantedAuthority("ROLE_" + ActorClaims.role(jwt.getClaimAsString(ActorClaims.ROLE)).name())));
        return converter;
    }
}
