package org.greenledger.query.greenfinance;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code greenledger.webhooks.*}.
 *
 * @param pollInterval   how long the sender waits between looks for due deliveries
 * @param initialBackoff the wait after a first failed attempt; it doubles with each further failure
 * @param maxBackoff     the longest wait between two attempts
 * @param maxAttempts    attempts before a delivery is DEAD (a dead letter, kept and listed)
 * @param requestTimeout to connect, and again for the answer's status and headers
 * @param claimLease     how long an attempt holds its delivery; an instance that dies mid-attempt is taken over after
 *                       it, so it must outlast a request that times out
 * @param enabled        false: the sender does not start with the service and deliveries wait in the outbox
 */
@ConfigurationProperties("greenledger.webhooks")
record WebhookSettings(
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("2s") Duration initialBackoff,
        @DefaultValue("10m") Duration maxBackoff,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("5s") Duration requestTimeout,
        @DefaultValue("1m") Duration claimLease,
        @DefaultValue("true") boolean enabled) {

    WebhookSettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("greenledger.webhooks.max-attempts must be at least 1, not " + maxAttempts);
        }
        // Two timeouts: the connection's and the answer's.
        if (claimLease.compareTo(requestTimeout.multipliedBy(2)) <= 0) {
            throw new IllegalArgumentException("greenledger.webhooks.claim-lease (" + claimLease
                    + ") must be longer than twice the request-timeout (" + requestTimeout
                    + "), or a slow attempt is taken over while still in flight");
        }
    }
}
