package org.greenledger.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.greenledger.eventstore.MongoEventStorageEngine;

/**
 * Our engine. It is prefilled with documents written by the bench in the engine's stored format (one commit
 * per event, as commands write them; see event-store/README.md), because appending a million events one by
 * one would take most of the time budget. The first prefilled event goes through the engine and the bench
 * refuses to go on unless its own document for that event is identical, so a change of format fails the
 * bench instead of measuring something else.
 */
final class Ours extends Contender {

    static final String COMMITS = "commits";
    private static final String COUNTERS = "counters";
    private static final Document COUNTER = new Document("_id", "commits");

    private final Serializer serializer;
    private final MongoCollection<Document> commits;
    private final MongoCollection<Document> counters;
    private boolean formatChecked;

    Ours(MongoDatabase database, Serializer serializer) {
        super("ours", database, MongoEventStorageEngine.builder()
                                                      .database(database)
                                                      .eventSerializer(serializer)
                                                      .snapshotSerializer(serializer)
                                                      .build());
        this.serializer = serializer;
        this.commits = database.getCollection(COMMITS);
        this.counters = database.getCollection(COUNTERS);
    }

    @Override
    void prefill(List<DomainEventMessage<Deposited>> events) {
        List<DomainEventMessage<Deposited>> rest = events;
        if (!formatChecked) {
            checkFormat(events.get(0));
            rest = events.subList(1, events.size());
        }
        if (rest.isEmpty()) {
            return;
        }
        long first = nextPosition();
        Instant now = Instant.now();
        List<Document> documents = new ArrayList<>(rest.size());
        for (int i = 0; i < rest.size(); i++) {
            documents.add(commit(first + i, rest.get(i), now));
        }
        commits.insertMany(documents);
        counters.updateOne(COUNTER, Updates.set("next", first + rest.size()));
    }

    private void checkFormat(DomainEventMessage<Deposited> event) {
        long position = nextPosition();
        engine.appendEvents(List.of(event));
        Document stored = commits.find(new Document("_id", position)).first();
        Document ours = commit(position, event, Instant.now());
        if (stored == null) {
            throw new IllegalStateException("The engine stored no commit at position " + position);
        }
        stored.remove("ts");
        ours.remove("ts");
        if (!stored.equals(ours)) {
            throw new IllegalStateException("The engine's stored format changed; the bench would prefill another "
                                                    + "shape.\n engine: " + stored.toJson() + "\n bench:  "
                                                    + ours.toJson());
        }
        formatChecked = true;
    }

    long nextPosition() {
        Document counter = counters.find(COUNTER).first();
        return counter == null ? 0 : counter.get("next", Number.class).longValue();
    }

    /**
     * One event in a commit of its own at {@code position}, as the engine stores it.
     */
    Document commit(long position, DomainEventMessage<?> event, Instant committedAt) {
        SerializedObject<String> payload = event.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
        Document stored = new Document("eventId", event.getIdentifier())
                .append("aggregateId", event.getAggregateIdentifier())
                .append("aggregateType", event.getType())
                .append("seq", event.getSequenceNumber())
                .append("type", payload.getType().getName())
                .append("rev", payload.getType().getRevision())
                .append("ts", event.getTimestamp().toString())
                .append("payload", payload.getData())
                .append("meta", metaData.getData());
        return new Document("_id", position)
                .append("n", 1)
                .append("pos", List.of(position))
                .append("ts", Date.from(committedAt))
                .append("keys", List.of(event.getAggregateIdentifier() + "#" + event.getSequenceNumber()))
                .append("events", List.of(stored));
    }

    MongoCollection<Document> commits() {
        return commits;
    }
}
