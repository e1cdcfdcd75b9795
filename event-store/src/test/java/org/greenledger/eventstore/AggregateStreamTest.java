package org.greenledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greenledger.eventstore.LateCommitTest.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Loading aggregates: by sequence number from anywhere in a commit, from snapshots, and the all-or-nothing
 * commit of several aggregates.
 */
class AggregateStreamTest {

    private final MongoDatabase database = EmbeddedMongo.freshDatabase();
    private final MongoEventStorageEngine engine = EmbeddedMongo.engine(database).batchSize(10).build();

    @AfterEach
    void dropDatabase() {
        database.drop();
    }

    @Test
    void an_aggregate_is_read_from_a_snapshot_taken_in_the_middle_of_a_commit() {
        EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
        appendInCommits("A", 0, 3, 3, 3);
        eventStore.storeSnapshot(snapshot("A", 4));

        List<Long> loaded = sequenceNumbers(eventStore.readEvents("A").asStream().toList());
        eventStore.shutDown();

        assertThat(loaded).containsExactly(4L, 5L, 6L, 7L, 8L);
        assertThat(engine.readEvents("A").asStream().findFirst().orElseThrow().getPayload()).isEqualTo("A@0");
    }

    @Test
    void a_long_stream_is_read_in_windows_of_batch_size_across_commits_of_any_length() {
        appendInCommits("A", 0, 1, 7, 13, 2, 30);

        List<? extends DomainEventMessage<?>> all = engine.readEvents("A").asStream().toList();
        List<? extends DomainEventMessage<?>> fromTwenty = engine.readEvents("A", 20).asStream().toList();

        assertThat(sequenceNumbers(all)).containsExactlyElementsOf(LongStream.range(0, 53).boxed().toList());
        assertThat(sequenceNumbers(fromTwenty)).containsExactlyElementsOf(LongStream.range(20, 53).boxed().toList());
        assertThat(engine.lastSequenceNumberFor("A")).hasValue(52L);
    }

    @Test
    void each_event_of_a_stream_has_its_global_position_though_commits_interleave_with_other_streams() {
        appendInCommits("A", 0, 2);
        appendInCommits("B", 0, 3);
        appendInCommits("A", 2, 20);
        appendInCommits("B", 3, 1);
        appendInCommits("A", 22, 1);

        List<Long> positions = engine.positions("A");
        List<Long> tracked = new ArrayList<>();
        engine.readEvents(null, false).forEach(event -> {
            if (event instanceof DomainEventMessage<?> domain && "A".equals(domain.getAggregateIdentifier())) {
                tracked.add(event.trackingToken().position().orElseThrow());
            }
        });

        assertThat(positions).hasSize(23).containsExactlyElementsOf(tracked);
        assertThat(engine.positions("unknown")).isEmpty();
    }

    @Test
    void a_stream_with_a_commit_deleted_by_hand_shows_its_positions_up_to_the_hole_and_by_sequence_past_it() {
        appendInCommits("A", 0, 1, 1, 1, 1);
        List<Long> before = engine.positions("A");
        database.getCollection(CommitStore.COMMITS).deleteOne(new org.bson.Document("keys", "A#1"));

        assertThat(engine.positions("A")).containsExactly(before.get(0));
        assertThat(engine.positionsBySequence("A")).containsOnlyKeys(0L, 2L, 3L).containsEntry(3L, before.get(3));
    }

    @Test
    void the_last_sequence_number_is_found_for_streams_of_every_length_and_absent_for_unknown_ones() {
        for (int length = 1; length <= 40; length++) {
            appendInCommits("S" + length, 0, length);
        }
        appendInCommits("late-starter", 3, 2);

        for (int length = 1; length <= 40; length++) {
            assertThat(engine.lastSequenceNumberFor("S" + length)).as("stream of %d", length).hasValue(length - 1L);
        }
        assertThat(engine.lastSequenceNumberFor("late-starter")).hasValue(4L);
        assertThat(engine.lastSequenceNumberFor("unknown")).isEmpty();
    }

    @Test
    void one_append_holding_events_of_two_aggregates_and_a_plain_event_is_stored_as_one_commit() {
        engine.appendEvents(event("A", 0), new GenericEventMessage<>("notice"), event("B", 0), event("A", 1));

        assertThat(sequenceNumbers(engine.readEvents("A").asStream().toList())).containsExactly(0L, 1L);
        assertThat(sequenceNumbers(engine.readEvents("B").asStream().toList())).containsExactly(0L);
        assertThat(database.getCollection(CommitStore.COMMITS).countDocuments()).isEqualTo(1);
        assertThat(LateCommitTest.positions(LateCommitTest.tracked(engine, null))).containsExactly(0L, 1L, 2L, 3L);
    }

    @Test
    void a_conflict_on_one_aggregate_refuses_the_whole_commit_and_names_that_aggregate() {
        appendInCommits("B", 0, 6);

        assertThatThrownBy(() -> engine.appendEvents(event("A", 0), event("B", 5)))
                .isInstanceOf(ConcurrencyException.class)
                .hasMessageContaining("aggregate [B] at sequence [5]");
        assertThatThrownBy(() -> engine.appendEvents(event("C", 0), event("B", 0)))
                .isInstanceOf(AggregateStreamCreationException.class)
                .hasMessageContaining("[B]");
        assertThat(engine.readEvents("A").asStream()).isEmpty();
        assertThat(engine.readEvents("C").asStream()).isEmpty();
    }

    @Test
    void an_append_overlapping_the_stored_stream_without_sharing_its_first_sequence_number_is_refused() {
        appendInCommits("A", 0, 3);

        assertThatThrownBy(() -> engine.appendEvents(event("A", 1), event("A", 2), event("A", 3)))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(engine.lastSequenceNumberFor("A")).hasValue(2L);
    }

    @Test
    void an_older_snapshot_never_replaces_a_newer_one() {
        engine.storeSnapshot(snapshot("A", 5));
        engine.storeSnapshot(snapshot("A", 3));
        long afterOlder = engine.readSnapshot("A").orElseThrow().getSequenceNumber();
        engine.storeSnapshot(snapshot("A", 9));

        assertThat(afterOlder).isEqualTo(5);
        assertThat(engine.readSnapshot("A").orElseThrow().getSequenceNumber()).isEqualTo(9);
        assertThat(engine.readSnapshot("A").orElseThrow().getPayload()).isEqualTo("snapshot of A@9");
    }

    @Test
    void snapshots_stored_concurrently_in_any_order_leave_the_newest() throws Exception {
        List<Long> sequenceNumbers = new ArrayList<>(LongStream.range(0, 60).boxed().toList());
        Collections.shuffle(sequenceNumbers, new java.util.Random(7));
        ExecutorService snapshotters = Executors.newFixedThreadPool(6);
        List<Future<?>> done = new ArrayList<>();
        for (long seq : sequenceNumbers) {
            done.add(snapshotters.submit(() -> engine.storeSnapshot(snapshot("A", seq))));
        }
        for (Future<?> snapshotter : done) {
            snapshotter.get(30, TimeUnit.SECONDS);
        }
        snapshotters.shutdown();

        assertThat(engine.readSnapshot("A").orElseThrow().getSequenceNumber()).isEqualTo(59);
    }

    private void appendInCommits(String aggregateId, long firstSeq, int... commitSizes) {
        long seq = firstSeq;
        for (int size : commitSizes) {
            List<DomainEventMessage<?>> commit = new ArrayList<>();
            for (int i = 0; i < size; i++, seq++) {
                commit.add(new GenericDomainEventMessage<>("Test", aggregateId, seq, aggregateId + "@" + seq));
            }
            engine.appendEvents(commit);
        }
    }

    private static DomainEventMessage<String> snapshot(String aggregateId, long seq) {
        return new GenericDomainEventMessage<>("Test", aggregateId, seq, "snapshot of " + aggregateId + "@" + seq);
    }

    private static List<Long> sequenceNumbers(List<? extends DomainEventMessage<?>> events) {
        return events.stream().map(DomainEventMessage::getSequenceNumber).toList();
    }
}
