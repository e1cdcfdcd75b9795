package org.greenledger.contracts.greenfinance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.greenfinance.BankId;

/**
 * A bank stops webhook deliveries; its notification feed stays.
 *
 * @param bank the bank
 */
public record RemoveWebhook(@TargetAggregateIdentifier BankId bank) {
}
