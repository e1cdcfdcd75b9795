package org.greenledger.platform.testapp;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import org.greenledger.platform.security.DevSigningKey;

/** Signed test tokens; each builder step changes one thing a test wants to be wrong. */
public final class TestTokens {

    public static final String USCC = "91350100M000100Y43";
    public static final String OTHER_USCC = "91310113MA1FL4G931";

    private final JWTClaimsSet.Builder claims;
    private RSAKey key = TestEnvironment.SIGNING_KEY;

    private TestTokens(String subject, String role) {
        Instant now = Instant.now();
        claims = new JWTClaimsSet.Builder()
                .issuer(DevSigningKey.ISSUER)
                .audience(DevSigningKey.AUDIENCE)
                .subject(subject)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)));
        if (role != null) {
            claims.claim("role", role);
        }
    }

    public static TestTokens official(String subject) {
        return new TestTokens(subject, "OFFICIAL");
    }

    public static TestTokens enterprise(String uscc) {
        return new TestTokens(uscc, "ENTERPRISE").claim("uscc", uscc);
    }

    public static TestTokens bank(String bankId) {
        return new TestTokens("bank-user-1", "BANK").claim("bank_id", bankId);
    }

    public static TestTokens withRole(String subject, String role) {
        return new TestTokens(subject, role);
    }

    public TestTokens claim(String name, Object value) {
        claims.claim(name, value);
        return this;
    }

    public TestTokens issuer(String issuer) {
        claims.issuer(issuer);
        return this;
    }

    public TestTokens audience(String audience) {
        claims.audience(audience);
        return this;
    }

    public TestTokens expiresAt(Instant instant) {
        claims.expirationTime(instant == null ? null : Date.from(instant));
        return this;
    }

    public TestTokens signedWith(RSAKey other) {
        key = other;
        return this;
    }

    public String jwt() {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String bearer() {
        return "Bearer " + jwt();
    }

    /** The same claims, unsigned ({@code alg: none}). */
    public String unsigned() {
        return new com.nimbusds.jwt.PlainJWT(claims.build()).serialize();
    }
}
