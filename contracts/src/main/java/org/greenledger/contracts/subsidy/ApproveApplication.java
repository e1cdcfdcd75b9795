package org.greenledger.contracts.subsidy;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.ApplicationId;

/**
 * Approve a reviewed application. The amount is computed by the rule set; an official may grant less, with a
 * reason, never more. Officials only.
 *
 * @param applicationId   the application
 * @param amount          the amount to grant, or {@code null} for the computed one
 * @param reductionReason why less than computed; required exactly when less
 * @param reasons         the grounds of the approval
 */
public record ApproveApplication(
        @TargetAggregateIdentifier ApplicationId applicationId, Money amount, String reductionReason,
        List<String> reasons) {
}
