package org.greenledger.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.greenledger.platform.testapp.TestEnvironment;
import org.greenledger.platform.testapp.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/** With a JWK set URI the services trust that issuer's keys, not the dev key. */
class ProductionDecoderTest {

    static final String ISSUER = "https://login.example.gov.cn/realms/greenledger";

    RSAKey issuerKey;
    HttpServer jwks;
    JwtDecoder decoder;

    @BeforeEach
    void an_issuer_publishing_its_keys() throws Exception {
        issuerKey = new RSAKeyGenerator(2048).keyID("issuer-1").generate();
        byte[] keys = new JWKSet(issuerKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        jwks.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, keys.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(keys);
            }
        });
        jwks.start();
        MockEnvironment environment = new MockEnvironment()
                .withProperty(SecurityConfig.JWK_SET_URI, "http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks")
                .withProperty(SecurityConfig.ISSUER_URI, ISSUER)
                .withProperty("greenledger.data", TestEnvironment.DATA.toString());
        decoder = new SecurityConfig().jwtDecoder(environment, new SecuritySettings("greenledger", Duration.ofSeconds(30)));
    }

    @AfterEach
    void stop() {
        jwks.stop(0);
    }

    @Test
    void a_token_of_the_configured_issuer_is_accepted() {
        Jwt jwt = decoder.decode(TestTokens.official("officer-1").issuer(ISSUER).signedWith(issuerKey).jwt());

        assertThat(jwt.getSubject()).isEqualTo("officer-1");
    }

    @Test
    void a_dev_token_is_refused_in_production_mode() {
        assertThatThrownBy(() -> decoder.decode(TestTokens.official("officer-1").jwt()))
                .isInstanceOf(JwtException.class);
    }

    @Test
    void the_issuer_is_checked_in_production_mode_too() {
        String otherIssuer = TestTokens.official("officer-1").issuer("https://other.example").signedWith(issuerKey).jwt();

        assertThatThrownBy(() -> decoder.decode(otherIssuer)).isInstanceOf(JwtException.class);
    }
}
