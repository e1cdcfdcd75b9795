package org.greenledger.query.greenfinance;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenfinance.BankId;

/** A steel works found eligible for an energy-efficiency loan from ICBC, and the settings that sign it. */
final class AttestationFixtures {

    static final Uscc STEEL = Uscc.of("91310113MA1FL4G931");
    static final BankId ICBC = BankId.of("icbc-sh");
    static final URI ISSUER = URI.create("https://greenledger.example/greenfinance");
    static final Duration THIRTY_DAYS = Duration.ofDays(30);
    static final AttestationSettings SETTINGS = new AttestationSettings(ISSUER, THIRTY_DAYS, THIRTY_DAYS);
    /** 20790 days after the epoch: exactly where a 30-day key period starts. */
    static final Instant PERIOD_START = Instant.parse("2026-12-03T00:00:00Z");
    static final String FIRST_KID = "gl-att-2026-12-03T00:00:00Z";
    static final String SECOND_KID = "gl-att-2027-01-02T00:00:00Z";
    static final String THIRD_KID = "gl-att-2027-02-01T00:00:00Z";
    static final UUID ATTESTATION = UUID.fromString("6b1f0e2a-3c4d-4e5f-8a9b-0c1d2e3f4a5b");
    static final Instant REFLECTS = Instant.parse("2026-12-12T09:30:00Z");

    private AttestationFixtures() {
    }

    static AttestationClaims eligible(Instant validFrom, Instant validUntil) {
        return new AttestationClaims(ATTESTATION, STEEL, ICBC, validFrom, validUntil, "energy-efficiency", "2026.1",
                4711L, REFLECTS, true, List.of(
                        new AttestedCriterion("green-list-entry", true, "On the green list since 2026-03-01"),
                        new AttestedCriterion("no-dishonesty-flag", true, "No dishonesty flag"),
                        new AttestedCriterion("energy-audit", true, "Energy audit of 2026-06-30 accepted")));
    }
}
