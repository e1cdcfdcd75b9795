package org.greenledger.platform.security;

import java.util.Arrays;
import java.util.Locale;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.failure.InvalidInput;
import org.springframework.security.oauth2.jwt.Jwt;

/** Reads the {@link Actor} out of a token's claims; a token it cannot read is not accepted. */
final class ActorClaims {

    static final String ROLE = "role";
    static final String USCC = "uscc";
    static final String BANK_ID = "bank_id";

    private ActorClaims() {
    }

    /** @throws IllegalArgumentException saying which claim is missing or wrong */
    static Actor actor(Jwt jwt) {
        String subject = jwt.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("The token has no subject (sub).");
        }
        Role role = role(jwt.getClaimAsString(ROLE));
        Uscc uscc = role == Role.ENTERPRISE ? uscc(jwt.getClaimAsString(USCC)) : null;
        String bankId = role == Role.BANK ? bankId(jwt.getClaimAsString(BANK_ID)) : null;
        return new Actor(subject, role, uscc, bankId);
    }

    static Role role(String claim) {
        if (claim == null || claim.isBlank()) {
            throw new IllegalArgumentException("The token has no role claim.");
        }
        try {
            return Role.valueOf(claim.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("The token's role '" + claim + "' is not one of "
                    + Arrays.toString(Role.values()) + ".");
        }
    }

    private static Uscc uscc(String claim) {
        if (claim == null || claim.isBlank()) {
            throw new IllegalArgumentException("An ENTERPRISE token must carry its USCC in the uscc claim.");
        }
        try {
            return Uscc.of(claim);
        } catch (InvalidInput invalid) {
            throw new IllegalArgumentException("The token's uscc claim is not a valid USCC: " + invalid.getMessage());
        }
    }

    private static String bankId(String claim) {
        if (claim == null || claim.isBlank()) {
            throw new IllegalArgumentException("A BANK token must carry its bank id in the bank_id claim.");
        }
        return claim;
    }
}
