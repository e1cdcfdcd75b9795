package org.greenledger.contracts.subsidy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.ProgrammeId;

/**
 * Set a programme's budget to a new amount, never below what is reserved and granted. Officials only.
 *
 * @param programmeId the programme
 * @param budget      the new budget
 * @param reason      why
 */
public record AdjustBudget(@TargetAggregateIdentifier ProgrammeId programmeId, Money budget, String reason) {
}
