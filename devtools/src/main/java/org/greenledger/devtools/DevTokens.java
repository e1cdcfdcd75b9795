package org.greenledger.devtools;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.platform.security.DevSigningKey;
import org.greenledger.platform.security.Role;

/**
 * Development tokens, signed (RS256) with the data folder's {@link DevSigningKey}. Claims: {@code iss},
 * {@code aud}, {@code sub}, {@code iat}, {@code exp}, {@code jti}, {@code role}, and {@code uscc} for an
 * enterprise or {@code bank_id} for a bank.
 */
public final class DevTokens {

    public static final String ROLE_CLAIM = "role";
    public static final String USCC_CLAIM = "uscc";
    public static final String BANK_ID_CLAIM = "bank_id";

    private DevTokens() {
    }

    /**
     * Signs a token for {@code role}.
     *
     * @param subject an enterprise's USCC, a bank's id, or for the other roles a user name
     *                ({@code null} gives {@link #defaultSubject(Role)})
     * @throws org.greenledger.kernel.failure.InvalidInput when an enterprise's USCC is not valid
     * @throws IllegalArgumentException                    when a bank has no id or the lifetime is not positive
     */
    public static String issue(RSAKey key, Role role, String subject, Duration lifetime, Instant now) {
        Objects.requireNonNull(role, "role");
        if (lifetime.isZero() || lifetime.isNegative()) {
            throw new IllegalArgumentException("A token's lifetime must be positive, not " + lifetime + ".");
        }
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(DevSigningKey.ISSUER)
                .audience(DevSigningKey.AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .claim(ROLE_CLAIM, role.name());
        switch (role) {
            case ENTERPRISE -> {
                Uscc uscc = new Uscc(subject);
                claims.subject(uscc.value()).claim(USCC_CLAIM, uscc.value());
            }
            case BANK -> {
                if (subject == null || subject.isBlank()) {
                    throw new IllegalArgumentException("A BANK token needs the bank's id as its subject.");
                }
                claims.subject(subject.strip()).claim(BANK_ID_CLAIM, subject.strip());
            }
            default -> claims.subject(subject == null || subject.isBlank() ? defaultSubject(role) : subject.strip());
        }
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT)
                .keyID(key.getKeyID())
                .build();
        SignedJWT token = new SignedJWT(header, claims.build());
        try {
            token.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign with the dev key " + key.getKeyID(), e);
        }
        return token.serialize();
    }

    /** The user name a token of a role without a required subject gets by default, e.g. {@code official-1}. */
    public static String defaultSubject(Role role) {
        return role.name().toLowerCase(Locale.ROOT) + "-1";
    }
}
