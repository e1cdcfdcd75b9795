package org.greenledger.eventstore;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.mongodb.MongoException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands out global positions to this engine's appends from leases of the shared counter, so that a
 * stream of appends costs one counter round trip per lease instead of one per append.
 * <p>
 * The lease starts at one position (an append allocates exactly what it needs, as a lone writer should) and
 * doubles, up to {@code maxLease}, each time the previous lease ran out within {@link #IDLE_NANOS}: only a
 * burst of appends leases ahead. Positions leased but unused lie above every position this engine wrote, so
 * a reader treats them as not yet written (see {@link TrackedReads}); they hold a reader back only when
 * another engine writes above them. To bound that, the unused rest of a lease is given back by a tombstone
 * once the engine has been idle for {@link #IDLE_NANOS}, and whenever a new lease replaces it. Should this
 * JVM die holding a lease, the positions are tombstoned by readers after the gap timeout, like any
 * abandoned position.
 */
final class PositionLeases {

    private static final Logger logger = LoggerFactory.getLogger(PositionLeases.class);
    /** Long enough to span the gap between the appends of a burst, short next to any gap timeout. */
    static final long IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final ScheduledExecutorService RELEASER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "greenledger-position-lease-release");
        thread.setDaemon(true);
        return thread;
    });

    private final CommitStore store;
    private final Clock clock;
    private final int maxLease;

    private long next;
    private long end;
    private int leaseSize = 1;
    private long leasedAt = System.nanoTime() - 2 * IDLE_NANOS;
    private long lastTakenAt;
    private boolean releaseScheduled;

    PositionLeases(CommitStore store, Clock clock, int maxLease) {
        this.store = store;
        this.clock = clock;
        this.maxLease = maxLease;
    }

    /**
     * @return the first of {@code count} consecutive positions no other append holds
     */
    synchronized long take(int count) {
        long now = System.nanoTime();
        if (end - next < count) {
            releaseRest();
            leaseSize = now - leasedAt < IDLE_NANOS ? Math.min(maxLease, leaseSize * 2) : 1;
            int size = Math.max(count, leaseSize);
            try {
                next = store.allocate(size);
            } catch (MongoException e) {
                throw new EventStoreException("Could not reserve positions for " + count + " events", e);
            }
            end = next + size;
            leasedAt = now;
        }
        long first = next;
        next += count;
        lastTakenAt = now;
        if (next < end && !releaseScheduled) {
            releaseScheduled = true;
            RELEASER.schedule(this::releaseIfIdle, IDLE_NANOS, TimeUnit.NANOSECONDS);
        }
        return first;
    }

    /**
     * Gives up the rest of the lease, after an append was refused: some of it may have been tombstoned by a
     * reader, so the retry takes fresh positions.
     */
    synchronized void discard() {
        releaseRest();
        leaseSize = 1;
    }

    private synchronized void releaseIfIdle() {
        long idle = System.nanoTime() - lastTakenAt;
        if (next < end && idle < IDLE_NANOS) {
            RELEASER.schedule(this::releaseIfIdle, IDLE_NANOS - idle, TimeUnit.NANOSECONDS);
            return;
        }
        releaseScheduled = false;
        releaseRest();
        leaseSize = 1;
    }

    /**
     * Tombstones {@code [next, end)} in one document, or position by position when a reader tombstoned part
     * of it first. A failure here loses nothing: readers tombstone what is left after the gap timeout.
     */
    private void releaseRest() {
        if (next >= end) {
            return;
        }
        long first = next;
        int count = (int) (end - next);
        next = end;
        try {
            if (!store.insertTombstone(Commits.tombstone(first, count, clock.instant()))) {
                for (long position = first; position < first + count; position++) {
                    store.insertTombstone(Commits.tombstone(position, 1, clock.instant()));
                }
            }
        } catch (MongoException e) {
            logger.warn("Could not give back unused positions {}..{}; readers will tombstone them after the "
                                + "gap timeout", first, first + count - 1, e);
        }
    }
}
