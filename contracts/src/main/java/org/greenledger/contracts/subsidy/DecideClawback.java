package org.greenledger.contracts.subsidy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.ApplicationId;

/**
 * Claw back (追回) a grant: what was paid and must be repaid, and why. No further tranche is paid. Officials only.
 *
 * @param applicationId the application
 * @param reason        the ground
 * @param amount        what the enterprise must repay, at most what was paid
 * @param explanation   the case
 */
public record DecideClawback(
        @TargetAggregateIdentifier ApplicationId applicationId, ClawbackReason reason, Money amount,
        String explanation) {
}
