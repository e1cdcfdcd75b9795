package org.greenledger.contracts.subsidy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.ApplicationId;

/**
 * Record money repaid under a clawback. Officials only.
 *
 * @param applicationId    the application
 * @param amount           the amount repaid
 * @param paymentReference the payment's reference
 */
public record RecordRecovery(
        @TargetAggregateIdentifier ApplicationId applicationId, Money amount, String paymentReference) {
}
