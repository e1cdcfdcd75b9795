package org.greenledger.devtools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.platform.security.DevSigningKey;
import org.greenledger.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

class DevTokensTest {

    static final String USCC = "91110000MA01ABCD52";

    @TempDir
    Path data;

    @Test
    void an_enterprise_token_verifies_with_the_public_key_and_carries_its_uscc() throws Exception {
        RSAKey key = DevSigningKey.loadOrCreate(data.resolve("dev-signing-key.json"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        SignedJWT token = SignedJWT.parse(DevTokens.issue(key, Role.ENTERPRISE, USCC, Duration.ofHours(8), now));

        assertThat(token.verify(new RSASSAVerifier(key.toRSAPublicKey()))).isTrue();
        assertThat(token.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(token.getHeader().getKeyID()).isEqualTo(key.getKeyID());
        var claims = token.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("greenledger-dev");
        assertThat(claims.getAudience()).containsExactly("greenledger");
        assertThat(claims.getSubject()).isEqualTo(USCC);
        assertThat(claims.getStringClaim("role")).isEqualTo("ENTERPRISE");
        assertThat(claims.getStringClaim("uscc")).isEqualTo(USCC);
        assertThat(claims.getClaim("bank_id")).isNull();
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(now);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(now.plus(Duration.ofHours(8)));
        assertThat(claims.getJWTID()).isNotBlank();
    }

    @Test
    void a_bank_token_passes_the_decoder_the_services_use_and_carries_its_bank_id() throws Exception {
        RSAKey key = DevSigningKey.loadOrCreate(data.resolve("dev-signing-key.json"));
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(DevSigningKey.ISSUER));

        Jwt jwt = decoder.decode(DevTokens.issue(key, Role.BANK, "icbc-sh", Duration.ofMinutes(5), Instant.now()));

        assertThat(jwt.getAudience()).isEqualTo(List.of("greenledger"));
        assertThat(jwt.getSubject()).isEqualTo("icbc-sh");
        assertThat(jwt.getClaimAsString("role")).isEqualTo("BANK");
        assertThat(jwt.getClaimAsString("bank_id")).isEqualTo("icbc-sh");
    }

    @Test
    void an_official_without_a_name_gets_the_default_one() throws Exception {
        RSAKey key = DevSigningKey.loadOrCreate(data.resolve("dev-signing-key.json"));

        SignedJWT token = SignedJWT.parse(DevTokens.issue(key, Role.OFFICIAL, null, Duration.ofHours(1), Instant.now()));

        assertThat(token.getJWTClaimsSet().getSubject()).isEqualTo("official-1");
        assertThat(token.getJWTClaimsSet().getStringClaim("role")).isEqualTo("OFFICIAL");
        assertThat(token.getJWTClaimsSet().getClaim("uscc")).isNull();
    }

    @Test
    void two_tokens_have_different_ids() throws Exception {
        RSAKey key = DevSigningKey.loadOrCreate(data.resolve("dev-signing-key.json"));
        Instant now = Instant.now();

        String first = DevTokens.issue(key, Role.AUDITOR, "a", Duration.ofHours(1), now);
        String second = DevTokens.issue(key, Role.AUDITOR, "a", Duration.ofHours(1), now);

        assertThat(SignedJWT.parse(first).getJWTClaimsSet().getJWTID())
                .isNotEqualTo(SignedJWT.parse(second).getJWTClaimsSet().getJWTID());
    }

    @Test
    void an_enterprise_with_a_wrong_check_character_gets_no_token() {
        RSAKey key = DevSigningKey.loadOrCreate(data.resolve("dev-signing-key.json"));

        assertThatThrownBy(() -> DevTokens.issue(key, Role.ENTERPRISE, "91110000MA01ABCD53", Duration.ofHours(1),
                Instant.now()))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("Character 18");
    }

    @Test
    void a_bank_without_an_id_gets_no_token() {
        RSAKey key = DevSigningKey.loadOrCreate(data.resolve("dev-signing-key.json"));

        assertThatThrownBy(() -> DevTokens.issue(key, Role.BANK, " ", Duration.ofHours(1), Instant.now()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bank's id");
    }
}
