package org.greenledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenledger.eventstore.LateCommitTest.identifiers;
import static org.greenledger.eventstore.LateCommitTest.positions;
import static org.greenledger.eventstore.LateCommitTest.tracked;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Many writers racing for the same few aggregates, as concurrent commands on one aggregate do.
 */
class ConcurrentAppendTest {

    private static final int THREADS = 16;
    private static final int APPENDS_PER_THREAD = 25;
    private static final List<String> AGGREGATES = List.of("A", "B", "C", "D");

    private final MongoDatabase database = EmbeddedMongo.freshDatabase();
    private final MongoEventStorageEngine engine = EmbeddedMongo.engine(database).build();

    @AfterEach
    void dropDatabase() {
        database.drop();
    }

    @Test
    void sixteen_writers_racing_on_four_aggregates_leave_gapless_streams_holding_every_acknowledged_event()
            throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            int writer = thread;
            done.add(writers.submit(() -> {
                for (int append = 0; append < APPENDS_PER_THREAD; append++) {
                    String aggregate = AGGREGATES.get((writer + append) % AGGREGATES.size());
                    int size = size(append);
                    while (true) {
                        long next = engine.lastSequenceNumberFor(aggregate).orElse(-1L) + 1;
                        List<DomainEventMessage<?>> commit = new ArrayList<>();
                        for (int i = 0; i < size; i++) {
                            commit.add(new GenericDomainEventMessage<>("Test", aggregate, next + i,
                                                                       "writer " + writer + " append " + append));
                        }
                        try {
                            engine.appendEvents(commit);
                            acknowledged.addAll(identifiers(commit));
                            break;
                        } catch (ConcurrencyException | AggregateStreamCreationException e) {
                            conflicts.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> writer : done) {
            writer.get(60, TimeUnit.SECONDS);
        }
        writers.shutdown();

        List<String> inStreams = new ArrayList<>();
        for (String aggregate : AGGREGATES) {
            List<? extends DomainEventMessage<?>> stream = engine.readEvents(aggregate).asStream().toList();
            assertThat(stream).extracting(DomainEventMessage::getSequenceNumber)
                              .containsExactlyElementsOf(LongStream.range(0, stream.size()).boxed().toList());
            assertThat(engine.lastSequenceNumberFor(aggregate)).hasValue(stream.size() - 1L);
            inStreams.addAll(identifiers(stream));
        }
        List<TrackedEventMessage<?>> global = tracked(engine, null);
        assertThat(conflicts.get()).as("the writers did collide").isPositive();
        assertThat(acknowledged).hasSize(THREADS * IntStream.range(0, APPENDS_PER_THREAD).map(ConcurrentAppendTest::size).sum());
        assertThat(inStreams).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(acknowledged);
        assertThat(identifiers(global)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(acknowledged);
        assertThat(positions(global)).doesNotHaveDuplicates().isSorted();
    }

    private static int size(int append) {
        return 1 + append % 2;
    }

    @Test
    void concurrent_counter_increments_hand_out_every_position_exactly_once() throws Exception {
        CommitStore store = new CommitStore(database);
        int threads = 4;
        int allocationsPerThread = 2_000;
        List<long[]> ranges = Collections.synchronizedList(new ArrayList<>());
        ExecutorService allocators = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int thread = 0; thread < threads; thread++) {
            done.add(allocators.submit(() -> {
                for (int i = 0; i < allocationsPerThread; i++) {
                    int count = 1 + i % 3;
                    ranges.add(new long[] {store.allocate(count), count});
                }
                return null;
            }));
        }
        for (Future<?> allocator : done) {
            allocator.get(60, TimeUnit.SECONDS);
        }
        allocators.shutdown();

        Set<Long> handedOut = new HashSet<>();
        long total = 0;
        for (long[] range : ranges) {
            for (long position = range[0]; position < range[0] + range[1]; position++) {
                assertThat(handedOut.add(position)).as("position %d handed out twice", position).isTrue();
            }
            total += range[1];
        }
        assertThat(handedOut).hasSize((int) total);
        assertThat(handedOut).containsAll(LongStream.range(0, total).boxed().toList());
        assertThat(store.nextPosition()).isEqualTo(total);
    }
}
