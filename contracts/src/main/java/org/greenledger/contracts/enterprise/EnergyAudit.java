package org.greenledger.contracts.enterprise;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An energy audit as listed in an {@link EnterpriseProfile}.
 *
 * @param auditedOn       the date of the audit
 * @param reportReference the audit report's reference
 * @param recordedAt      when it was recorded
 */
public record EnergyAudit(LocalDate auditedOn, String reportReference, Instant recordedAt) {
}
