package org.greenledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a commit looks like in MongoDB, and how an event stored under an older revision is read today.
 */
class StoredFormatTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:15:30.123456789Z");

    private final MongoDatabase database = EmbeddedMongo.freshDatabase();
    private final Serializer serializer = EmbeddedMongo.jackson();

    @AfterEach
    void dropDatabase() {
        database.drop();
    }

    @Revision("2")
    record EnterpriseRegistered(String name, String city) {
    }

    @Test
    void a_commit_keeps_the_serialized_payload_and_metadata_exactly_as_the_serializer_wrote_them() {
        MongoEventStorageEngine engine = EmbeddedMongo.engine(database).build();
        EnterpriseRegistered payload = new EnterpriseRegistered("Green Steel", "Shanghai");
        DomainEventMessage<?> event = new GenericDomainEventMessage<>(
                "Enterprise", "E1", 0, payload, MetaData.with("actor", "official-7"), "event-1", AT);

        engine.appendEvents(event);

        Document commit = database.getCollection(CommitStore.COMMITS).find().first();
        assertThat(commit).containsEntry("_id", 0L).containsEntry("n", 1).containsEntry("pos", List.of(0L))
                          .containsEntry("keys", List.of("E1#0")).containsKey("ts");
        Document stored = Commits.events(commit).get(0);
        assertThat(stored).containsEntry("eventId", "event-1").containsEntry("aggregateId", "E1")
                          .containsEntry("aggregateType", "Enterprise").containsEntry("seq", 0L)
                          .containsEntry("type", EnterpriseRegistered.class.getName()).containsEntry("rev", "2")
                          .containsEntry("ts", "2026-03-02T09:15:30.123456789Z")
                          .containsEntry("payload", serializer.serialize(payload, String.class).getData())
                          .containsEntry("meta", serializer.serialize(event.getMetaData(), String.class).getData());
        DomainEventMessage<?> read = engine.readEvents("E1").next();
        assertThat(read.getTimestamp()).isEqualTo(AT);
        assertThat(read.getPayload()).isEqualTo(payload);
        assertThat(read.getMetaData()).isEqualTo(event.getMetaData());
    }

    @Test
    void settled_events_are_read_as_stored_in_position_order_past_tombstones_and_up_to_the_first_unsettled_position() {
        CommitStore store = new CommitStore(database);
        // one position per lease, so the positions allocated here by hand interleave with the engine's as written
        MongoEventStorageEngine engine = EmbeddedMongo.engine(database).store(db -> store).maxPositionLease(1).build();
        engine.appendEvents(new GenericDomainEventMessage<>("Enterprise", "E1", 0, new EnterpriseRegistered("Green Steel",
                "Shanghai"), MetaData.with("actor", "official-7"), "event-1", AT), GenericEventMessage.asEventMessage("read"));
        store.insertTombstone(Commits.tombstone(store.allocate(1), 1, AT));
        engine.appendEvents(new GenericDomainEventMessage<>("Enterprise", "E1", 1, new EnterpriseRegistered("Green Steel 2",
                "Shanghai"), MetaData.emptyInstance(), "event-2", AT));
        long unsettled = store.allocate(1);
        engine.appendEvents(new GenericDomainEventMessage<>("Enterprise", "E1", 2, new EnterpriseRegistered("after the gap",
                "Shanghai"), MetaData.emptyInstance(), "event-3", AT));

        SettledEvents settled = engine.settled(0, 100);

        assertThat(settled.next()).isEqualTo(unsettled);
        assertThat(settled.events()).extracting(StoredEvent::position).containsExactly(0L, 1L, 3L);
        StoredEvent first = settled.events().get(0);
        assertThat(first).isEqualTo(new StoredEvent(0, "event-1", "Enterprise", "E1", 0L, EnterpriseRegistered.class.getName(),
                "2", AT.toString(), serializer.serialize(MetaData.with("actor", "official-7"), String.class).getData(),
                serializer.serialize(new EnterpriseRegistered("Green Steel", "Shanghai"), String.class).getData()));
        assertThat(settled.events().get(1).aggregateId()).isNull();
        assertThat(settled.events().get(1).seq()).isNull();
        assertThat(engine.settled(1, 2).events()).extracting(StoredEvent::position).containsExactly(1L);
        assertThat(engine.settled(1, 2).next()).isEqualTo(3);
        assertThat(engine.settled(unsettled + 1, 10).events()).extracting(StoredEvent::eventId).containsExactly("event-3");
    }

    @Test
    void a_commit_edited_to_hold_fewer_events_than_its_positions_ends_the_settled_run_there() {
        MongoEventStorageEngine engine = EmbeddedMongo.engine(database).build();
        engine.appendEvents(GenericEventMessage.asEventMessage("one"), GenericEventMessage.asEventMessage("two"));
        database.getCollection(CommitStore.COMMITS).updateOne(new Document("_id", 0L),
                new Document("$pop", new Document("events", 1)));

        SettledEvents settled = engine.settled(0, 10);

        assertThat(settled.events()).hasSize(1);
        assertThat(settled.next()).isEqualTo(1);
    }

    @Test
    void an_event_stored_under_revision_1_is_upcast_when_read_by_aggregate_and_by_token() {
        CommitStore store = new CommitStore(database);
        MongoEventStorageEngine engine = EmbeddedMongo.engine(database).store(db -> store)
                                                      .upcasterChain(new RegisteredRevision1To2()).build();
        Document revision1 = new Document("eventId", "old-1").append("aggregateId", "E1")
                .append("aggregateType", "Enterprise").append("seq", 0L)
                .append("type", EnterpriseRegistered.class.getName()).append("rev", "1")
                .append("ts", AT.toString()).append("payload", "{\"fullName\":\"Green Steel\"}")
                .append("meta", "{}");
        store.insertCommit(Commits.commit(store.allocate(1), AT, List.of(revision1)));

        Object byAggregate = engine.readEvents("E1").next().getPayload();
        List<Object> byToken = LateCommitTest.tracked(engine, null).stream()
                                             .map(TrackedEventMessage::getPayload).map(Object.class::cast).toList();

        EnterpriseRegistered expected = new EnterpriseRegistered("Green Steel", "unknown");
        assertThat(byAggregate).isEqualTo(expected);
        assertThat(byToken).containsExactly(expected);
    }

    /**
     * Revision 1 called the name {@code fullName} and had no city.
     */
    static final class RegisteredRevision1To2 extends SingleEventUpcaster {

        private static final SerializedType REVISION_1 =
                new SimpleSerializedType(EnterpriseRegistered.class.getName(), "1");

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation representation) {
            return representation.getType().equals(REVISION_1);
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
            return representation.upcastPayload(
                    new SimpleSerializedType(REVISION_1.getName(), "2"), JsonNode.class, node -> {
                        ObjectNode payload = (ObjectNode) node;
                        payload.set("name", payload.remove("fullName"));
                        payload.put("city", "unknown");
                        return payload;
                    });
        }
    }
}
