package org.greenledger.contracts.greenfinance;

import java.net.URI;
import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.greenfinance.BankId;

/**
 * A bank's notifications are delivered to this URL from now on.
 *
 * @param bank         the bank
 * @param url          where
 * @param registeredAt when it was recorded
 */
@Revision("1")
public record WebhookRegistered(BankId bank, URI url, Instant registeredAt) {
}
