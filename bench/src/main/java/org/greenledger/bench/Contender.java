package org.greenledger.bench;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * An event storage engine under test, in a database of its own, and what the bench knows of its content:
 * the store is grown by prefilling and by the measurements themselves, and both count.
 */
abstract class Contender {

    private static final int PREFILL_BATCH = 1_000;

    final String name;
    final MongoDatabase database;
    final EventStorageEngine engine;
    /** Prefilled events {@code [0, prefilled)} of the {@link Workload} are stored. */
    private long prefilled;
    /** Events in the store: prefilled plus appended by measurements. */
    private long stored;
    private long opened;

    Contender(String name, MongoDatabase database, EventStorageEngine engine) {
        this.name = name;
        this.database = database;
        this.engine = engine;
    }

    /**
     * Stores a batch of prefilled events the fastest way this engine's format allows.
     */
    abstract void prefill(List<DomainEventMessage<Deposited>> events);

    /**
     * Prefills until the store holds {@code size} events.
     */
    void growTo(long size, Workload workload) {
        while (stored < size) {
            int count = (int) Math.min(PREFILL_BATCH, size - stored);
            List<DomainEventMessage<Deposited>> batch = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                batch.add(workload.prefilled(prefilled + i));
            }
            prefill(batch);
            prefilled += count;
            stored += count;
        }
    }

    /**
     * Accounts whose ten prefilled deposits are all stored; only these take commands, so a later prefill
     * never collides with a sequence number a command appended.
     */
    long completeAccounts() {
        return prefilled / Workload.EVENTS_PER_ACCOUNT;
    }

    long stored() {
        return stored;
    }

    void appended(long events) {
        stored += events;
    }

    /**
     * A new account's id, never used before in this store.
     */
    String newAccount() {
        return "opened-" + opened++;
    }
}
