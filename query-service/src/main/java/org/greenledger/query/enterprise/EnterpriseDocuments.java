package org.greenledger.query.enterprise;

import java.time.LocalDate;
import java.util.Date;
import org.bson.Document;
import org.greenledger.contracts.enterprise.EnergyAudit;
import org.greenledger.contracts.enterprise.EnterpriseProfile;
import org.greenledger.kernel.enterprise.DivisionCode;
import org.greenledger.kernel.enterprise.IndustryCode;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.query.PositionGuard;

/** The shape of a document of the {@code enterprises} collection, read back as a profile. */
final class EnterpriseDocuments {

    static final String COLLECTION = "enterprises";
    static final String ID = "_id";
    static final String POSITION = PositionGuard.POSITION;

    private EnterpriseDocuments() {
    }

    static EnterpriseProfile toProfile(Document document) {
        return new EnterpriseProfile(
                Uscc.of(document.getString(ID)),
                document.getString("name"),
                DivisionCode.of(document.getString("divisionCode")),
                document.getString("districtName"),
                IndustryCode.of(document.getString("industryCode")),
                document.getBoolean("keyEnergyUser"),
                document.getBoolean("dishonest"),
                document.getString("dishonestyReason"),
                document.getList("energyAudits", Document.class).stream()
                        .map(audit -> new EnergyAudit(LocalDate.parse(audit.getString("auditedOn")),
                                audit.getString("reportReference"), audit.get("recordedAt", Date.class).toInstant()))
                        .toList(),
                document.get("registeredAt", Date.class).toInstant(),
                document.get("updatedAt", Date.class).toInstant(),
                document.getLong(POSITION));
    }
}
