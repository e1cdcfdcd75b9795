package org.greenledger.devtools;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes finished writes durable before they are acknowledged, grouping the writes of concurrent
 * connections: one flush covers every write that had finished when it began, so while one
 * connection waits for the disk the others queue up behind a single next flush instead of one
 * flush each.
 */
final class GroupCommit {

    private final Runnable flush;
    private final AtomicLong finishedWrites = new AtomicLong();
    private long durableWrites;

    GroupCommit(Runnable flush) {
        this.flush = flush;
    }

    /** Call after a write has finished in memory; returns once a flush has covered it. */
    void awaitDurable() {
        long ticket = finishedWrites.incrementAndGet();
        synchronized (this) {
            if (durableWrites >= ticket) {
                return;
            }
            // every ticket up to here belongs to a write that finished before this flush starts
            long covered = finishedWrites.get();
            flush.run();
            durableWrites = covered;
        }
    }
}
