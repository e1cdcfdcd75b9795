package org.greenledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenledger.eventstore.LateCommitTest.event;
import static org.greenledger.eventstore.LateCommitTest.identifiers;
import static org.greenledger.eventstore.LateCommitTest.positions;
import static org.greenledger.eventstore.LateCommitTest.tracked;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Positions leased ahead for a burst of appends: one counter increment serves many appends, the unused
 * rest is given back, and neither a lease nor an abandoned position with nothing after it makes a reader
 * skip, tombstone or wait for the gap timeout.
 */
class PositionLeasesTest {

    private static final Duration GAP_TIMEOUT = Duration.ofSeconds(10);

    private final MongoDatabase database = EmbeddedMongo.freshDatabase();
    private final CountingStore store = new CountingStore(database);
    private final MutableClock readerClock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

    @AfterEach
    void dropDatabase() {
        database.drop();
    }

    /**
     * Leases double from 1 to 64 while appends follow within 50 ms: 9 increments for 200 appends when
     * nothing stalls. A pause longer than that (a GC, a loaded CI machine) releases the rest of a lease
     * and starts again at 1, so the bound allows for some; every position stays taken in order.
     */
    @Test
    void a_burst_of_appends_is_served_in_order_by_a_few_counter_increments() {
        MongoEventStorageEngine engine = EmbeddedMongo.engine(database).store(db -> store).build();

        List<String> appended = appendOneByOne(engine, "burst", 200);

        assertThat(store.allocations.get()).isBetween(4, 40);
        assertThat(positions(tracked(engine, null))).hasSize(200).isSorted().doesNotHaveDuplicates();
        assertThat(identifiers(tracked(engine, null))).containsExactlyElementsOf(appended);
    }

    @Test
    void the_unused_rest_of_a_lease_is_tombstoned_once_the_writer_is_idle() throws Exception {
        MongoEventStorageEngine engine = EmbeddedMongo.engine(database).store(db -> store).build();
        appendOneByOne(engine, "burst", 10);
        long leasedUpTo = store.nextPosition();

        Thread.sleep(PositionLeases.IDLE_NANOS / 1_000_000 * 6);

        assertThat(leasedUpTo).isGreaterThan(10);
        List<Document> tombstones = database.getCollection(CommitStore.COMMITS)
                                            .find(new Document(Commits.TOMBSTONE, true)).into(new ArrayList<>());
        assertThat(tombstones).singleElement().satisfies(tombstone -> {
            assertThat(Commits.first(tombstone)).isEqualTo(10);
            assertThat(Commits.count(tombstone)).isEqualTo((int) (leasedUpTo - 10));
        });
    }

    @Test
    void two_writers_appending_in_turns_reach_a_reader_in_position_order_without_waiting_for_the_gap_timeout()
            throws Exception {
        MongoEventStorageEngine first = EmbeddedMongo.engine(database).build();
        MongoEventStorageEngine second = EmbeddedMongo.engine(database).build();
        MongoEventStorageEngine reader = readerEngine();
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        Thread other = new Thread(() -> acknowledged.addAll(appendOneByOne(second, "second", 300)));
        other.start();
        acknowledged.addAll(appendOneByOne(first, "first", 300));
        other.join();

        List<TrackedEventMessage<?>> received = new ArrayList<>();
        TrackingToken token = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (received.size() < 600 && System.nanoTime() < deadline) {
            List<TrackedEventMessage<?>> batch = tracked(reader, token);
            if (batch.isEmpty()) {
                Thread.sleep(10);
                continue;
            }
            received.addAll(batch);
            token = batch.get(batch.size() - 1).trackingToken();
        }

        assertThat(identifiers(received)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(acknowledged);
        assertThat(positions(received)).isSorted();
    }

    @Test
    void a_reader_leaves_an_abandoned_position_with_nothing_after_it_alone_and_tombstones_it_once_a_later_commit_waits()
    {
        MongoEventStorageEngine reader = readerEngine();
        store.allocate(3);

        readerClock.advance(GAP_TIMEOUT.plusSeconds(1));
        List<TrackedEventMessage<?>> nothingYet = tracked(reader, null);
        MongoEventStorageEngine writer = EmbeddedMongo.engine(database).build();
        DomainEventMessage<?> later = event("later", 0);
        writer.appendEvents(later);
        List<TrackedEventMessage<?>> beforeTimeout = tracked(reader, null);
        long tombstonesBeforeTimeout = tombstones();
        readerClock.advance(GAP_TIMEOUT.plusSeconds(1));
        List<TrackedEventMessage<?>> afterTimeout = tracked(reader, null);

        assertThat(nothingYet).isEmpty();
        assertThat(beforeTimeout).isEmpty();
        assertThat(tombstonesBeforeTimeout).isZero();
        assertThat(identifiers(afterTimeout)).containsExactly(later.getIdentifier());
        assertThat(positions(afterTimeout)).containsExactly(3L);
        assertThat(tombstones()).isEqualTo(3);
    }

    private MongoEventStorageEngine readerEngine() {
        return EmbeddedMongo.engine(database).clock(readerClock).gapTimeout(GAP_TIMEOUT).build();
    }

    private long tombstones() {
        return database.getCollection(CommitStore.COMMITS).countDocuments(new Document(Commits.TOMBSTONE, true));
    }

    private static List<String> appendOneByOne(MongoEventStorageEngine engine, String prefix, int count) {
        List<String> identifiers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DomainEventMessage<?> event = event(prefix + "-" + i, 0);
            engine.appendEvents(event);
            identifiers.add(event.getIdentifier());
        }
        return identifiers;
    }

    private static final class CountingStore extends CommitStore {

        private final AtomicInteger allocations = new AtomicInteger();

        CountingStore(MongoDatabase database) {
            super(database);
        }

        @Override
        long allocate(int count) {
            allocations.incrementAndGet();
            return super.allocate(count);
        }
    }
}
