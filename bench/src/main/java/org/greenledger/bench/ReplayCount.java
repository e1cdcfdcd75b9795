package org.greenledger.bench;

import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

/**
 * The processor that is reset and replayed: it takes each event deserialized and writes nothing, so the
 * replay figure is the store and Axon's tracking machinery, comparable to a raw scan that deserializes.
 */
@ProcessingGroup(ReplayCount.PROCESSOR)
final class ReplayCount {

    static final String PROCESSOR = "replay";

    private final AtomicLong events = new AtomicLong();

    @EventHandler
    void on(Deposited event) {
        events.incrementAndGet();
    }

    @ResetHandler
    void reset() {
        events.set(0);
    }

    long events() {
        return events.get();
    }
}
