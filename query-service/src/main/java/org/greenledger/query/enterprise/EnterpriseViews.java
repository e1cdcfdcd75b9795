package org.greenledger.query.enterprise;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.greenledger.contracts.enterprise.EnergyAudit;
import org.greenledger.contracts.enterprise.EnterprisePage;
import org.greenledger.contracts.enterprise.EnterpriseProfile;

/** The JSON the enterprise endpoints answer with: codes as plain strings, dates as ISO text. */
final class EnterpriseViews {

    private EnterpriseViews() {
    }

    record Profile(String uscc, String name, String divisionCode, String districtName, String industryCode,
                   boolean keyEnergyUser, boolean dishonest, String dishonestyReason, List<Audit> energyAudits,
                   Instant registeredAt, Instant updatedAt, long position) {

        static Profile of(EnterpriseProfile profile) {
            return new Profile(profile.uscc().value(), profile.name(), profile.divisionCode().value(),
                    profile.districtName(), profile.industryCode().value(), profile.keyEnergyUser(),
                    profile.dishonest(), profile.dishonestyReason(),
                    profile.energyAudits().stream().map(Audit::of).toList(),
                    profile.registeredAt(), profile.updatedAt(), profile.position());
        }
    }

    record Audit(LocalDate auditedOn, String reportReference, Instant recordedAt) {

        static Audit of(EnergyAudit audit) {
            return new Audit(audit.auditedOn(), audit.reportReference(), audit.recordedAt());
        }
    }

    record Page(List<Profile> items, int page, int size, long total) {

        static Page of(EnterprisePage page) {
            return new Page(page.items().stream().map(Profile::of).toList(), page.page(), page.size(), page.total());
        }
    }
}
