package org.greenledger.eventstore;

import java.util.List;

/**
 * The events of a run of settled positions (each holds a commit or a tombstone, so nothing can
 * appear there any more), in position order, tombstones left out.
 *
 * @param events the events
 * @param next   the first position after the run: not yet settled, or not yet read
 */
public record SettledEvents(List<StoredEvent> events, long next) {

    public SettledEvents {
        events = List.copyOf(events);
    }
}
