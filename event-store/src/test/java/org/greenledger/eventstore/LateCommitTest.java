package org.greenledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A commit whose insert lands after later ones: the reader waits for it, or tombstones its position after
 * the gap timeout and the writer stores it again further on. Either way every acknowledged event arrives
 * once, in position order.
 */
class LateCommitTest {

    private static final Duration GAP_TIMEOUT = Duration.ofSeconds(10);

    private final MongoDatabase database = EmbeddedMongo.freshDatabase();
    private final HookedStore store = new HookedStore(database);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

    @BeforeEach
    void forgetEarlierAppends() {
        AppendedPositions.clear();
    }

    @AfterEach
    void dropDatabase() {
        database.drop();
    }

    @Test
    void a_commit_that_lands_three_seconds_late_reaches_the_reader_in_position_order() throws Exception {
        MongoEventStorageEngine engine = engine(Clock.systemUTC());
        EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(engine)
                                                          .fetchDelay(20).timeUnit(TimeUnit.MILLISECONDS).build();
        TrackingEventStream stream = eventStore.openStream(null);
        DomainEventMessage<?> slow = event("slow", 0);
        CountDownLatch slowInsertStarted = new CountDownLatch(1);
        store.beforeInsert(commit -> {
            if (HookedStore.holds(commit, slow.getIdentifier())) {
                slowInsertStarted.countDown();
                sleep(Duration.ofSeconds(3));
            }
        });
        List<String> appended = new ArrayList<>();
        appended.addAll(appendOneByOne(engine, "early", 5));
        Thread writer = new Thread(() -> engine.appendEvents(slow));
        writer.start();
        slowInsertStarted.await();
        appended.add(slow.getIdentifier());
        appended.addAll(appendOneByOne(engine, "later", 20));

        List<TrackedEventMessage<?>> whileSlowIsPending = drain(stream, 5, Duration.ofMillis(500));
        List<TrackedEventMessage<?>> afterwards = drain(stream, 21, Duration.ofSeconds(10));
        writer.join();
        eventStore.shutDown();

        assertThat(identifiers(whileSlowIsPending)).containsExactlyElementsOf(appended.subList(0, 5));
        List<TrackedEventMessage<?>> received = new ArrayList<>(whileSlowIsPending);
        received.addAll(afterwards);
        assertThat(identifiers(received)).containsExactlyElementsOf(appended);
        assertThat(positions(received)).containsExactlyElementsOf(LongStream.range(0, 26).boxed().toList());
    }

    @Test
    void a_commit_later_than_the_gap_timeout_loses_its_position_to_a_tombstone_and_lands_at_a_new_one()
            throws Exception {
        // One counter increment per append, so that the test can name every position.
        MongoEventStorageEngine engine = EmbeddedMongo.engine(database).store(db -> store).clock(clock)
                                                      .gapTimeout(GAP_TIMEOUT).maxPositionLease(1).build();
        DomainEventMessage<?> slow = event("slow", 0);
        CountDownLatch slowInsertStarted = new CountDownLatch(1);
        CountDownLatch releaseSlowInsert = new CountDownLatch(1);
        store.beforeInsert(commit -> {
            if (HookedStore.holds(commit, slow.getIdentifier()) && slowInsertStarted.getCount() > 0) {
                slowInsertStarted.countDown();
                await(releaseSlowInsert);
            }
        });
        String early = appendOneByOne(engine, "early", 1).get(0);
        AtomicLong slowAcknowledgedAt = new AtomicLong(-1);
        AtomicReference<Throwable> slowFailure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                engine.appendEvents(slow);
                slowAcknowledgedAt.set(AppendedPositions.last().orElseThrow());
            } catch (Throwable e) {
                slowFailure.set(e);
            }
        });
        writer.start();
        slowInsertStarted.await();
        List<String> later = appendOneByOne(engine, "later", 3);

        List<TrackedEventMessage<?>> beforeTimeout = tracked(engine, null);
        clock.advance(GAP_TIMEOUT.plusSeconds(1));
        List<TrackedEventMessage<?>> afterTimeout = tracked(engine, lastToken(beforeTimeout));
        releaseSlowInsert.countDown();
        writer.join();
        List<TrackedEventMessage<?>> afterRetry = tracked(engine, lastToken(afterTimeout));

        assertThat(identifiers(beforeTimeout)).containsExactly(early);
        assertThat(commit(1).getBoolean(Commits.TOMBSTONE)).isTrue();
        assertThat(identifiers(afterTimeout)).containsExactlyElementsOf(later);
        assertThat(slowFailure.get()).isNull();
        assertThat(slowAcknowledgedAt.get()).isEqualTo(5);
        assertThat(identifiers(afterRetry)).containsExactly(slow.getIdentifier());
        List<TrackedEventMessage<?>> all = tracked(engine, null);
        assertThat(positions(all)).containsExactly(0L, 2L, 3L, 4L, 5L);
        assertThat(identifiers(all)).doesNotHaveDuplicates().hasSize(5);
    }

    @Test
    void a_position_abandoned_by_a_dead_writer_holds_readers_back_only_until_the_gap_timeout() {
        MongoEventStorageEngine engine = engine(clock);
        store.allocate(1);
        String next = appendOneByOne(engine, "next", 1).get(0);

        List<TrackedEventMessage<?>> atFirstSight = readAllAfter(engine, Duration.ZERO);
        List<TrackedEventMessage<?>> justBefore = readAllAfter(engine, Duration.ofSeconds(9));
        List<TrackedEventMessage<?>> justAfter = readAllAfter(engine, Duration.ofSeconds(2));

        assertThat(atFirstSight).isEmpty();
        assertThat(justBefore).isEmpty();
        assertThat(identifiers(justAfter)).containsExactly(next);
        assertThat(positions(justAfter)).containsExactly(1L);
        assertThat(commit(0).getBoolean(Commits.TOMBSTONE)).isTrue();
    }

    @Test
    void a_commit_one_of_whose_positions_was_tombstoned_is_refused_whole_and_stored_at_new_positions_at_once() {
        MongoEventStorageEngine engine = engine(clock);
        store.beforeInsert(commit -> {
            long first = Commits.first(commit);
            if (first == 0) {
                store.insertTombstone(Commits.tombstone(first + 1, 1, clock.instant()));
            }
        });
        List<DomainEventMessage<?>> events = List.of(event("A", 0), event("A", 1), event("A", 2));

        engine.appendEvents(events);
        List<TrackedEventMessage<?>> tracked = tracked(engine, null);

        assertThat(List.of(commit(0), commit(1), commit(2)))
                .allSatisfy(position -> assertThat(position.getBoolean(Commits.TOMBSTONE)).isTrue());
        assertThat(AppendedPositions.last()).hasValue(5);
        assertThat(positions(tracked)).containsExactly(3L, 4L, 5L);
        assertThat(identifiers(tracked)).containsExactlyElementsOf(identifiers(events));
        assertThat(engine.readEvents("A").asStream().map(EventMessage::getIdentifier).toList())
                .containsExactlyElementsOf(identifiers(events));
    }

    @Test
    void a_reader_passes_a_window_made_only_of_tombstones_within_one_fetch() {
        MongoEventStorageEngine engine = engine(clock);
        long first = store.allocate(150);
        for (long position = first; position < first + 150; position++) {
            store.insertTombstone(Commits.tombstone(position, 1, clock.instant()));
        }
        String after = appendOneByOne(engine, "after", 1).get(0);

        List<? extends TrackedEventData<?>> batch = engine.fetchTrackedEvents(null, 100);

        assertThat(batch).singleElement().satisfies(data -> {
            assertThat(data.getEventIdentifier()).isEqualTo(after);
            assertThat(data.trackingToken().position()).hasValue(150);
        });
    }

    @Test
    void a_processor_starting_at_the_head_still_receives_a_commit_that_was_in_flight() throws Exception {
        MongoEventStorageEngine engine = engine(clock);
        appendOneByOne(engine, "old", 2);
        DomainEventMessage<?> inFlight = event("in-flight", 0);
        CountDownLatch insertStarted = new CountDownLatch(1);
        CountDownLatch releaseInsert = new CountDownLatch(1);
        store.beforeInsert(commit -> {
            if (HookedStore.holds(commit, inFlight.getIdentifier())) {
                insertStarted.countDown();
                await(releaseInsert);
            }
        });
        Thread writer = new Thread(() -> engine.appendEvents(inFlight));
        writer.start();
        insertStarted.await();
        appendOneByOne(engine, "before-head", 1);

        TrackingToken head = engine.createHeadToken();
        List<TrackedEventMessage<?>> beforeItLands = tracked(engine, head);
        releaseInsert.countDown();
        writer.join();
        String afterHead = appendOneByOne(engine, "after-head", 1).get(0);
        List<TrackedEventMessage<?>> afterItLands = tracked(engine, head);

        assertThat(head).isEqualTo(GapAwareTrackingToken.newInstance(3, List.of(2L)));
        assertThat(beforeItLands).isEmpty();
        assertThat(identifiers(afterItLands)).containsExactly(inFlight.getIdentifier(), afterHead);
    }

    private MongoEventStorageEngine engine(Clock engineClock) {
        return EmbeddedMongo.engine(database).store(db -> store).clock(engineClock).gapTimeout(GAP_TIMEOUT).build();
    }

    private List<TrackedEventMessage<?>> readAllAfter(MongoEventStorageEngine engine, Duration wait) {
        clock.advance(wait);
        return tracked(engine, null);
    }

    private Document commit(long position) {
        return database.getCollection(CommitStore.COMMITS).find(new Document(Commits.ID, position)).first();
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

    private static List<TrackedEventMessage<?>> drain(TrackingEventStream stream, int atMost, Duration patience)
            throws InterruptedException {
        List<TrackedEventMessage<?>> received = new ArrayList<>();
        while (received.size() < atMost
                && stream.hasNextAvailable((int) patience.toMillis(), TimeUnit.MILLISECONDS)) {
            received.add(stream.nextAvailable());
        }
        return received;
    }

    static DomainEventMessage<String> event(String aggregateId, long seq) {
        return new GenericDomainEventMessage<>("Test", aggregateId, seq, "payload of " + aggregateId + "@" + seq);
    }

    static List<TrackedEventMessage<?>> tracked(MongoEventStorageEngine engine, TrackingToken after) {
        return engine.readEvents(after, false).<TrackedEventMessage<?>>map(event -> event).toList();
    }

    private static TrackingToken lastToken(List<TrackedEventMessage<?>> events) {
        return events.get(events.size() - 1).trackingToken();
    }

    static List<String> identifiers(List<? extends EventMessage<?>> events) {
        return events.stream().map(EventMessage::getIdentifier).toList();
    }

    static List<Long> positions(List<TrackedEventMessage<?>> events) {
        return events.stream().map(event -> event.trackingToken().position().orElseThrow()).toList();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
