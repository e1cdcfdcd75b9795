package org.greenledger.contracts.enterprise;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.enterprise.Uscc;

/**
 * Take a flagged enterprise off the dishonesty (失信) list (信用修复). Officials only.
 *
 * @param uscc            the enterprise
 * @param reason          why, 1-1000 characters
 * @param sourceReference the decision it rests on, 1-200 characters
 */
public record ClearDishonesty(@TargetAggregateIdentifier Uscc uscc, String reason, String sourceReference) {
}
