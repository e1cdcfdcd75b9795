package org.greenledger.devtools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    final AtomicLong written = new AtomicLong();
    volatile long persisted;
    final AtomicInteger flushes = new AtomicInteger();
    final GroupCommit groupCommit = new GroupCommit(() -> {
        flushes.incrementAndGet();
        persisted = written.get();
    });

    @Test
    void a_lone_write_is_flushed_before_it_is_acknowledged() {
        long write = written.incrementAndGet();

        groupCommit.awaitDurable();

        assertThat(persisted).isEqualTo(write);
        assertThat(flushes).hasValue(1);
    }

    @Test
    void every_concurrent_write_is_flushed_before_it_is_acknowledged_with_at_most_one_flush_each() throws Exception {
        int threads = 4;
        int writesPerThread = 2_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Long>> unflushedAcknowledgements = new ArrayList<>();

        for (int t = 0; t < threads; t++) {
            unflushedAcknowledgements.add(pool.submit(() -> {
                long unflushed = 0;
                for (int i = 0; i < writesPerThread; i++) {
                    long write = written.incrementAndGet();
                    groupCommit.awaitDurable();
                    if (persisted < write) {
                        unflushed++;
                    }
                }
                return unflushed;
            }));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        for (Future<Long> count : unflushedAcknowledgements) {
            assertThat(count.get()).isZero();
        }
        assertThat(flushes.get()).isBetween(1, threads * writesPerThread);
    }
}
