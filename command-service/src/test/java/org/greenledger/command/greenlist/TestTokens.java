package org.greenledger.command.greenlist;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.greenledger.platform.security.DevSigningKey;
import org.greenledger.platform.security.Role;

/** Bearer tokens as the embedded mode's dev key signs them: the subject is a USCC, bank id or user. */
final class TestTokens {

    private TestTokens() {
    }

    static String sign(RSAKey key, Role role, String subject) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(DevSigningKey.ISSUER)
                .audience(DevSigningKey.AUDIENCE)
                .subject(subject)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(5, ChronoUnit.MINUTES)))
                .claim("role", role.name());
        if (role == Role.ENTERPRISE) {
            claims.claim("uscc", subject);
        } else if (role == Role.BANK) {
            claims.claim("bank_id", subject);
        }
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.build());
        try {
            token.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return token.serialize();
    }
}
