package org.greenledger.contracts.enterprise;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.enterprise.Uscc;

/**
 * An energy audit of the enterprise was recorded.
 *
 * @param uscc            the enterprise
 * @param auditedOn       the date of the audit
 * @param reportReference the audit report's reference
 * @param recordedAt      when it was recorded
 */
@Revision("1")
public record EnergyAuditRecorded(Uscc uscc, LocalDate auditedOn, String reportReference, Instant recordedAt)
        implements EnterpriseEvent {
}
