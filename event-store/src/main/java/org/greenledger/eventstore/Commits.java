package org.greenledger.eventstore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.LongStream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;

/**
 * The shape of the documents in {@code commits} and {@code snapshots}, in one place.
 * <p>
 * A commit is everything one {@code appendEvents} call stored:
 * <pre>
 * { _id: p, n: 3, pos: [p, p+1, p+2], ts: Date (commit time, engine clock),
 *   keys: ["A#4", "A#5", "B#0"],           // absent when no event belongs to an aggregate
 *   events: [ { eventId, aggregateId, aggregateType, seq, type, rev, ts, payload, meta }, ... ] }
 * </pre>
 * {@code pos} lists every global position the commit covers and carries a unique index: a reader finds
 * the commit that covers any position, even in the middle of a commit, by exact lookups, and a position
 * can never be covered twice (a commit refused by a tombstone, or a tombstone refused by a commit).
 * {@code keys} holds {@code aggregateId#seq} for every domain event and carries a unique sparse index:
 * it is the optimistic-concurrency guard and the aggregate-loading lookup at once. Because it is per
 * event and multikey, one commit may hold several aggregates' events atomically and overlapping
 * appends are refused exactly as Axon's JDBC engine refuses them. The key is injective: the sequence
 * number has no {@code #}, so the last {@code #} separates it from any aggregate identifier.
 * Non-domain events have no key, so they need no surrogate identifier.
 * <p>
 * Payload and metadata stay the serializer's strings, byte for byte, so an audit can hash an event
 * exactly as stored; the event timestamp is ISO-8601 text because {@link Instant#toString()} round-trips
 * Axon's nanosecond timestamps exactly, which a BSON date would truncate.
 */
final class Commits {

    static final String ID = "_id";
    static final String COUNT = "n";
    static final String POSITIONS = "pos";
    static final String KEYS = "keys";
    static final String COMMITTED_AT = "ts";
    static final String EVENTS = "events";
    static final String TOMBSTONE = "tombstone";

    static final String EVENT_ID = "eventId";
    static final String AGGREGATE_ID = "aggregateId";
    static final String AGGREGATE_TYPE = "aggregateType";
    static final String SEQ = "seq";
    static final String PAYLOAD_TYPE = "type";
    static final String REVISION = "rev";
    static final String TIMESTAMP = "ts";
    static final String PAYLOAD = "payload";
    static final String META = "meta";

    private static final String META_DATA_TYPE = MetaData.class.getName();

    private Commits() {
    }

    static String key(String aggregateId, long seq) {
        return aggregateId + "#" + seq;
    }

    static Document event(EventMessage<?> event, Serializer serializer) {
        SerializedObject<String> payload = event.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
        Document document = new Document(EVENT_ID, event.getIdentifier());
        if (event instanceof DomainEventMessage<?> domainEvent && domainEvent.getAggregateIdentifier() != null) {
            document.append(AGGREGATE_ID, domainEvent.getAggregateIdentifier())
                    .append(AGGREGATE_TYPE, domainEvent.getType())
                    .append(SEQ, domainEvent.getSequenceNumber());
        }
        return document.append(PAYLOAD_TYPE, payload.getType().getName())
                       .append(REVISION, payload.getType().getRevision())
                       .append(TIMESTAMP, event.getTimestamp().toString())
                       .append(PAYLOAD, payload.getData())
                       .append(META, metaData.getData());
    }

    static boolean isDomainEvent(Document event) {
        return event.getString(AGGREGATE_ID) != null;
    }

    static Document commit(long first, Instant committedAt, List<Document> events) {
        int count = events.size();
        List<String> keys = new ArrayList<>();
        for (Document event : events) {
            if (isDomainEvent(event)) {
                keys.add(key(event.getString(AGGREGATE_ID), event.getLong(SEQ)));
            }
        }
        Document commit = new Document(ID, first)
                .append(COUNT, count)
                .append(POSITIONS, LongStream.range(first, first + count).boxed().toList())
                .append(COMMITTED_AT, Date.from(committedAt));
        if (!keys.isEmpty()) {
            commit.append(KEYS, keys);
        }
        return commit.append(EVENTS, events);
    }

    /**
     * Marks positions that will never hold events: {@code { _id: p, n, pos: [p..p+n-1], ts, tombstone: true }}.
     * A reader writes one per position it gave up waiting for; a writer whose commit was refused writes one
     * over the positions it had reserved, so readers need not wait for them.
     */
    static Document tombstone(long first, int count, Instant at) {
        return new Document(ID, first)
                .append(COUNT, count)
                .append(POSITIONS, LongStream.range(first, first + count).boxed().toList())
                .append(COMMITTED_AT, Date.from(at))
                .append(TOMBSTONE, true);
    }

    static boolean isTombstone(Document commit) {
        return commit.getBoolean(TOMBSTONE, false);
    }

    static long first(Document commit) {
        return commit.get(ID, Number.class).longValue();
    }

    static int count(Document commit) {
        return commit.get(COUNT, Number.class).intValue();
    }

    static List<Document> events(Document commit) {
        return commit.getList(EVENTS, Document.class, List.of());
    }

    static long seq(Document event) {
        return event.get(SEQ, Number.class).longValue();
    }

    static StoredEventData toEventData(Document event, TrackingToken token) {
        SerializedObject<String> payload = new SimpleSerializedObject<>(
                event.getString(PAYLOAD), String.class, event.getString(PAYLOAD_TYPE), event.getString(REVISION));
        SerializedObject<String> metaData = new SimpleSerializedObject<>(
                event.getString(META), String.class, META_DATA_TYPE, null);
        Instant timestamp = Instant.parse(event.getString(TIMESTAMP));
        if (isDomainEvent(event)) {
            return new StoredEventData.Domain(token, event.getString(EVENT_ID), event.getString(AGGREGATE_TYPE),
                                              event.getString(AGGREGATE_ID), seq(event), timestamp, payload, metaData);
        }
        return new StoredEventData.NonDomain(token, event.getString(EVENT_ID), timestamp, payload, metaData);
    }

    /**
     * A snapshot is stored like an event, keyed by its aggregate: {@code { _id: aggregateId, eventId,
     * aggregateId, aggregateType, seq, type, rev, ts, payload, meta }}.
     */
    static Document snapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        Document document = new Document(ID, snapshot.getAggregateIdentifier());
        document.putAll(event(snapshot, serializer));
        return document;
    }

    static StoredEventData snapshotData(Document snapshot) {
        return toEventData(snapshot, null);
    }
}
