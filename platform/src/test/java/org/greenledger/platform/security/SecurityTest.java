package org.greenledger.platform.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.stream.Stream;
import org.greenledger.platform.testapp.PlatformSpringTest;
import org.greenledger.platform.testapp.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

class SecurityTest extends PlatformSpringTest {

    @Autowired
    MockMvc mvc;

    @Test
    void an_official_token_passes_and_becomes_the_actor() throws Exception {
        mvc.perform(get("/api/whoami").header(HttpHeaders.AUTHORIZATION, TestTokens.official("officer-9").bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject").value("officer-9"))
                .andExpect(jsonPath("$.role").value("OFFICIAL"))
                .andExpect(jsonPath("$.authorities[0]").value("ROLE_OFFICIAL"))
                .andExpect(jsonPath("$.uscc").value(nullValue()));
    }

    @Test
    void an_enterprise_token_becomes_an_actor_with_its_uscc() throws Exception {
        mvc.perform(get("/api/whoami").header(HttpHeaders.AUTHORIZATION, TestTokens.enterprise(TestTokens.USCC).bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("ENTERPRISE"))
                .andExpect(jsonPath("$.authorities[0]").value("ROLE_ENTERPRISE"))
                .andExpect(jsonPath("$.uscc").value(TestTokens.USCC));
    }

    @Test
    void a_bank_token_becomes_an_actor_with_its_bank_id() throws Exception {
        mvc.perform(get("/api/whoami").header(HttpHeaders.AUTHORIZATION, TestTokens.bank("BANK-7").bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("BANK"))
                .andExpect(jsonPath("$.bankId").value("BANK-7"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherRoles")
    void expert_and_auditor_tokens_become_actors(String role) throws Exception {
        mvc.perform(get("/api/whoami").header(HttpHeaders.AUTHORIZATION, TestTokens.withRole("someone", role).bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value(role));
    }

    static Stream<String> otherRoles() {
        return Stream.of("EXPERT", "AUDITOR");
    }

    @Test
    void a_request_without_a_token_is_401_with_a_bearer_challenge_and_a_problem() throws Exception {
        mvc.perform(get("/api/whoami"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/unauthenticated"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.code").value("security.token-missing"))
                .andExpect(jsonPath("$.instance").value("/api/whoami"))
                .andExpect(jsonPath("$.correlationId").isNotEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void a_token_that_is_not_ours_or_not_valid_is_401(String why, String token) throws Exception {
        mvc.perform(get("/api/whoami").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Bearer")))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("security.token-invalid"));
    }

    static Stream<Arguments> refusedTokens() throws JOSEException {
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("stranger").generate();
        return Stream.of(
                Arguments.of("expired", TestTokens.official("o").expiresAt(Instant.now().minusSeconds(300)).jwt()),
                Arguments.of("without exp", TestTokens.official("o").expiresAt(null).jwt()),
                Arguments.of("alg none", TestTokens.official("o").unsigned()),
                Arguments.of("HS256 with a guessed secret", hs256()),
                Arguments.of("signed by another key", TestTokens.official("o").signedWith(stranger).jwt()),
                Arguments.of("wrong audience", TestTokens.official("o").audience("someone-else").jwt()),
                Arguments.of("wrong issuer", TestTokens.official("o").issuer("https://evil.example").jwt()),
                Arguments.of("no role", TestTokens.withRole("o", null).jwt()),
                Arguments.of("unknown role", TestTokens.withRole("o", "ADMIN").jwt()),
                Arguments.of("enterprise without uscc", TestTokens.withRole(TestTokens.USCC, "ENTERPRISE").jwt()),
                Arguments.of("enterprise with a broken uscc",
                        TestTokens.withRole("x", "ENTERPRISE").claim("uscc", "91350100M000100Y44").jwt()),
                Arguments.of("bank without bank_id", TestTokens.withRole("b", "BANK").jwt()),
                Arguments.of("garbage", "not.a.jwt"));
    }

    private static String hs256() throws JOSEException {
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder()
                .issuer(DevSigningKey.ISSUER).audience(DevSigningKey.AUDIENCE).subject("o").claim("role", "OFFICIAL")
                .expirationTime(Date.from(now.plusSeconds(600))).build());
        jwt.sign(new MACSigner("0123456789abcdef0123456789abcdef"));
        return jwt.serialize();
    }

    @Test
    void a_role_refused_by_the_controller_is_a_403_problem() throws Exception {
        mvc.perform(get("/api/officials-only").header(HttpHeaders.AUTHORIZATION, TestTokens.enterprise(TestTokens.USCC).bearer()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/forbidden"))
                .andExpect(jsonPath("$.code").value("security.role-not-allowed"));
    }

    @Test
    void health_and_api_docs_need_no_token() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk());
    }

    @Test
    void other_actuator_endpoints_are_neither_public_nor_exposed() throws Exception {
        mvc.perform(get("/actuator/env")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/env").header(HttpHeaders.AUTHORIZATION, TestTokens.official("o").bearer()))
                .andExpect(status().isNotFound());
    }
}
