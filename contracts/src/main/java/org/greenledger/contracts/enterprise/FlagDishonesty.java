package org.greenledger.contracts.enterprise;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.enterprise.Uscc;

/**
 * Put an enterprise on the dishonesty (失信) list, which bars it from subsidies and green credit.
 * Officials only; an enterprise already flagged cannot be flagged again.
 *
 * @param uscc            the enterprise
 * @param reason          why, 1-1000 characters
 * @param sourceReference the decision or list entry it rests on, 1-200 characters
 */
public record FlagDishonesty(@TargetAggregateIdentifier Uscc uscc, String reason, String sourceReference) {
}
