package org.greenledger.query.greenfinance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.messaging.MetaData;
import org.greenledger.contracts.greenfinance.ConsentChanged;
import org.greenledger.contracts.greenfinance.ConsentExpired;
import org.greenledger.contracts.greenfinance.ConsentGranted;
import org.greenledger.contracts.greenfinance.ConsentRevoked;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenfinance.ConsentId;
import org.greenledger.kernel.greenfinance.ConsentScope;
import org.greenledger.platform.messaging.MetaDataKeys;

/**
 * A steel works' three consents: to ICBC, changed then revoked; to CCB, expired; to ICBC again, live.
 * A chemicals firm's one consent to CCB, live.
 */
final class ConsentHistory {

    static final Uscc STEEL = Uscc.of("91310113MA1FL4G931");
    static final Uscc CHEMICALS = Uscc.of("9131000013221158XC");
    static final BankId ICBC = BankId.of("icbc-sh");
    static final BankId CCB = BankId.of("ccb-sh");
    static final ConsentId REVOKED = ConsentId.of("1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a");
    static final ConsentId EXPIRED = ConsentId.of("2e3d4c5b-6a7f-4e8d-9cab-1a2b3c4d5e6f");
    static final ConsentId LIVE = ConsentId.of("3f4e5d6c-7b8a-4f9e-8dbc-2b3c4d5e6f70");
    static final ConsentId CHEMICALS_LIVE = ConsentId.of("4a5f6e7d-8c9b-4a0f-9ecd-3c4d5e6f7081");
    static final MetaData STEEL_ACTOR = MetaData.with(MetaDataKeys.SUBJECT, STEEL.value()).and(MetaDataKeys.ROLE, "ENTERPRISE");
    static final MetaData EXPIRY = MetaData.with(MetaDataKeys.SUBJECT, "consent-expiry").and(MetaDataKeys.ROLE, "SYSTEM");

    record Step(ConsentId consent, Object event, MetaData metaData) {
    }

    static List<Step> steps() {
        Set<ConsentScope> both = Set.of(ConsentScope.GREEN_LIST_STATUS, ConsentScope.SUBSIDY_HISTORY);
        return List.of(
                new Step(REVOKED, new ConsentGranted(REVOKED, STEEL, ICBC, both, LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31), "绿色贷款审查", at(1)), STEEL_ACTOR),
                new Step(EXPIRED, new ConsentGranted(EXPIRED, STEEL, CCB, Set.of(ConsentScope.DISHONESTY_FLAG),
                        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), "授信复核", at(2)), STEEL_ACTOR),
                new Step(REVOKED, new ConsentChanged(REVOKED, Set.of(ConsentScope.GREEN_LIST_STATUS), LocalDate.of(2026, 6, 30),
                        at(3)), STEEL_ACTOR),
                new Step(EXPIRED, new ConsentExpired(EXPIRED, LocalDate.of(2026, 3, 31), at(4)), EXPIRY),
                new Step(REVOKED, new ConsentRevoked(REVOKED, "贷款已结清", at(5)), STEEL_ACTOR),
                new Step(LIVE, new ConsentGranted(LIVE, STEEL, ICBC, both, LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30),
                        "续贷审查", at(6)), STEEL_ACTOR),
                new Step(CHEMICALS_LIVE, new ConsentGranted(CHEMICALS_LIVE, CHEMICALS, CCB, both, LocalDate.of(2026, 7, 1),
                        LocalDate.of(2027, 6, 30), "授信", at(7)), MetaData.with(MetaDataKeys.SUBJECT, CHEMICALS.value())
                        .and(MetaDataKeys.ROLE, "ENTERPRISE")));
    }

    static Instant at(int day) {
        return Instant.parse("2026-01-01T02:00:00Z").plusSeconds(86_400L * 10 * day);
    }

    private ConsentHistory() {
    }
}
