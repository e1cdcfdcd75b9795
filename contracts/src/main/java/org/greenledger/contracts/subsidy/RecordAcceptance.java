package org.greenledger.contracts.subsidy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.quantity.Tce;
import org.greenledger.kernel.subsidy.ApplicationId;

/**
 * The acceptance check (验收): the verified saving and pass or fail. Officials only.
 *
 * @param applicationId   the application
 * @param verifiedSaving  the energy saving the check verified, tce per year
 * @param passed          whether the project passed
 * @param reportReference the acceptance report
 */
public record RecordAcceptance(
        @TargetAggregateIdentifier ApplicationId applicationId, Tce verifiedSaving, boolean passed,
        String reportReference) {
}
