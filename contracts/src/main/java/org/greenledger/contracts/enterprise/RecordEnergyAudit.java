package org.greenledger.contracts.enterprise;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.enterprise.Uscc;

/**
 * Record that an enterprise's energy audit (能源审计) was done: key energy users must have one
 * before they may receive subsidies.
 *
 * @param uscc            the enterprise
 * @param auditedOn       the date of the audit, not in the future
 * @param reportReference the audit report's reference, 1-200 characters, recorded once per enterprise
 */
public record RecordEnergyAudit(@TargetAggregateIdentifier Uscc uscc, LocalDate auditedOn, String reportReference) {
}
