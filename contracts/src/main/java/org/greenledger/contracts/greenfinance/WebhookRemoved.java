package org.greenledger.contracts.greenfinance;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.greenfinance.BankId;

/**
 * A bank's notifications are no longer delivered by webhook.
 *
 * @param bank      the bank
 * @param removedAt when it was recorded
 */
@Revision("1")
public record WebhookRemoved(BankId bank, Instant removedAt) {
}
