package org.greenledger.query.greenfinance;

import java.net.URI;
import java.time.Instant;
import org.greenledger.kernel.greenfinance.BankId;

/**
 * A webhook delivery as the outbox keeps it, without its body.
 *
 * @param attempts      attempts made and answered (or failed): a 2xx, another status, a timeout, a broken connection
 * @param nextAttemptAt when a PENDING delivery is tried next (while an attempt is in flight, when another instance
 *                      may take it over); null once DELIVERED or DEAD
 * @param deliveredAt   when a bank acknowledged it; null unless DELIVERED
 * @param lastError     how the last failed attempt failed, e.g. {@code HTTP 500} or {@code timeout}; null if none did
 */
record DeliveryRecord(String id, BankId bank, URI url, String type, DeliveryStatus status, int attempts,
                      Instant enqueuedAt, Instant nextAttemptAt, Instant deliveredAt, String lastError) {}
