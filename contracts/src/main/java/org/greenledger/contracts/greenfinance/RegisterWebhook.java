package org.greenledger.contracts.greenfinance;

import java.net.URI;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.greenfinance.BankId;

/**
 * A bank names (or replaces) the URL its notifications are also delivered to, signed. The bank is the caller's.
 *
 * @param bank the bank
 * @param url  an absolute https URL (http only for a local test receiver)
 */
public record RegisterWebhook(@TargetAggregateIdentifier BankId bank, URI url) {
}
