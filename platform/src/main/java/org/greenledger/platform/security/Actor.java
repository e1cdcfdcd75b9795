package org.greenledger.platform.security;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.failure.Forbidden;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling, read from a verified token. Controllers take it as a parameter; it is the
 * only place object-level permissions are decided from.
 *
 * @param subject the token's {@code sub}
 * @param role    the token's {@code role} claim
 * @param uscc    for {@link Role#ENTERPRISE}, the enterprise the token speaks for; else null
 * @param bankId  for {@link Role#BANK}, the bank the token speaks for; else null
 */
public record Actor(String subject, Role role, Uscc uscc, String bankId) {

    public Actor {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(role, "role");
        if (role == Role.ENTERPRISE && uscc == null) {
            throw new IllegalArgumentException("an enterprise actor needs its USCC");
        }
        if (role == Role.BANK && (bankId == null || bankId.isBlank())) {
            throw new IllegalArgumentException("a bank actor needs its bank id");
        }
    }

    /** The caller of the request this thread serves, when it came with a verified bearer token. */
    public static Optional<Actor> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof JwtAuthenticationToken token ? Optional.of(ActorClaims.actor(token.getToken()))
                : Optional.empty();
    }

    public boolean is(Role candidate) {
        return role == candidate;
    }

    /** Refuses (403) unless the caller holds one of the roles. */
    public Actor requireRole(Role... allowed) {
        if (Arrays.stream(allowed).noneMatch(r -> r == role)) {
            throw new Forbidden("security.role-not-allowed",
                    "Role " + role + " may not do this; allowed: " + Arrays.toString(allowed) + ".");
        }
        return this;
    }

    /** True when the caller is this enterprise itself. */
    public boolean speaksFor(Uscc enterprise) {
        return role == Role.ENTERPRISE && uscc.equals(enterprise);
    }

    /**
     * Refuses (403) an enterprise acting on another enterprise's record; other roles pass
     * (their role checks are separate).
     */
    public Actor requireOwnRecordIfEnterprise(Uscc enterprise) {
        if (role == Role.ENTERPRISE && !uscc.equals(enterprise)) {
            throw new Forbidden("security.not-own-record",
                    "An enterprise may only act on its own records; this one belongs to " + enterprise + ".");
        }
        return this;
    }
}
