package org.greenledger.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

/**
 * The same events and commands for every contender. Prefilled event {@code i} is the {@code i % 10}-th
 * deposit to account {@code i / 10}, with an identifier and a time derived from {@code i}, so two stores
 * filled to the same size hold the same events.
 */
final class Workload {

    static final String AGGREGATE_TYPE = "Account";
    static final String CURRENCY = "CNY";
    static final int EVENTS_PER_ACCOUNT = 10;
    /**
     * Prefilled events lie this far apart in event time, as in a store that grew over hours: axon-mongo
     * tracks by event time with a 1 s look-back, and events all stamped within a second or two would give
     * it a pathological token rather than its usual one.
     */
    static final Duration PREFILL_SPACING = Duration.ofMillis(10);
    static final String MEMO = "Instalment of the municipal energy-saving retrofit subsidy for the boiler "
            + "replacement at workshop 3, decided under programme 2024-GF-07, rule version 3; "
            + "paid to the enterprise's registered account";

    private final Instant firstPrefilled;

    /**
     * @param largestSize the largest store this run fills; every prefilled event lies in the past
     */
    Workload(long largestSize, Instant now) {
        this.firstPrefilled = now.minus(PREFILL_SPACING.multipliedBy(largestSize)).minus(Duration.ofHours(1));
    }

    static String account(long accountIndex) {
        return "acct-" + accountIndex;
    }

    DomainEventMessage<Deposited> prefilled(long index) {
        String account = account(index / EVENTS_PER_ACCOUNT);
        Instant at = firstPrefilled.plus(PREFILL_SPACING.multipliedBy(index));
        Deposited deposited = new Deposited(account, amount(index), CURRENCY, reference("prefill", index), MEMO, at);
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, account, index % EVENTS_PER_ACCOUNT, deposited,
                                               MetaData.emptyInstance(), reference("event", index), at);
    }

    /**
     * The first event of a new account, as a command that opens one would append it.
     */
    static DomainEventMessage<Deposited> opening(String account, long n) {
        Instant now = Instant.now();
        Deposited deposited = new Deposited(account, amount(n), CURRENCY, UUID.randomUUID().toString(), MEMO, now);
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, account, 0, deposited, MetaData.emptyInstance(),
                                               UUID.randomUUID().toString(), now);
    }

    static Deposit deposit(long accountIndex, long n) {
        return new Deposit(account(accountIndex), amount(n), UUID.randomUUID().toString(), MEMO);
    }

    private static long amount(long n) {
        return 10_000 + n % 90_000;
    }

    private static String reference(String kind, long index) {
        return UUID.nameUUIDFromBytes((kind + "-" + index).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
