package org.greenledger.query.greenfinance;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.greenledger.kernel.greenfinance.BankId;

/**
 * Webhook deliveries to make and made, in {@value #COLLECTION}: one document per delivery, {@code _id} its id, so
 * nothing is lost across a restart and a second enqueue of an id is refused by the store. Every change after the
 * enqueue names the {@code version} it saw and bumps it, in one single-document update (atomic on the embedded
 * server too, which has no transactions): of two instances that read the same due delivery, one claims it.
 */
final class WebhookOutbox {

    static final String COLLECTION = "greenfinance_webhook_deliveries";
    private static final String VERSION = "version";
    private static final String BANK = "bank";
    private static final String URL = "url";
    private static final String TYPE = "type";
    private static final String BODY = "body";
    private static final String STATUS = "status";
    private static final String ATTEMPTS = "attempts";
    private static final String ENQUEUED_AT = "enqueuedAt";
    private static final String NEXT_ATTEMPT_AT = "nextAttemptAt";
    private static final String DELIVERED_AT = "deliveredAt";
    private static final String LAST_ERROR = "lastError";

    private final MongoCollection<Document> deliveries;
    private final Clock clock;

    WebhookOutbox(MongoCollection<Document> deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
        // The embedded server looks a filter up only if its fields are exactly a unique index's: {_id, version}
        // is served by this one, where {_id} plus any other field would scan the collection.
        deliveries.createIndex(Indexes.ascending("_id", VERSION), new IndexOptions().unique(true).name(VERSION));
        // For a real MongoDB; the embedded server scans for due deliveries and for a bank's list.
        deliveries.createIndex(Indexes.ascending(STATUS, NEXT_ATTEMPT_AT), new IndexOptions().name("due"));
        deliveries.createIndex(Indexes.ascending(BANK, STATUS, ENQUEUED_AT), new IndexOptions().name(BANK));
    }

    /** Due at once; the same id again changes nothing (the first body stands). */
    void enqueue(WebhookDelivery delivery) {
        Date now = Date.from(clock.instant());
        try {
            deliveries.insertOne(new Document("_id", delivery.id()).append(VERSION, 0L)
                    .append(BANK, delivery.bank().value()).append(URL, delivery.url().toString())
                    .append(TYPE, delivery.type()).append(BODY, delivery.body())
                    .append(STATUS, DeliveryStatus.PENDING.name()).append(ATTEMPTS, 0)
                    .append(ENQUEUED_AT, now).append(NEXT_ATTEMPT_AT, now));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    /** A bank's deliveries, all or those in {@code status}, newest first. */
    List<DeliveryRecord> of(BankId bank, DeliveryStatus status) {
        Document filter = new Document(BANK, bank.value());
        if (status != null) {
            filter.append(STATUS, status.name());
        }
        List<DeliveryRecord> records = new ArrayList<>();
        deliveries.find(filter).projection(Projections.exclude(BODY)).sort(new Document(ENQUEUED_AT, -1).append("_id", 1))
                .forEach(document -> records.add(record(document)));
        return records;
    }

    /** A pending delivery as read at {@code version}, after {@code attempts} attempts. */
    record Pending(WebhookDelivery delivery, int attempts, long version) {}

    /**
     * Up to {@code limit} pending deliveries whose next attempt is due at {@code now}, longest waiting first. The
     * embedded server scans every delivery ever made for this; at a few notifications per enterprise leaving the
     * green list that stays small.
     */
    List<Pending> due(Instant now, int limit) {
        List<Pending> due = new ArrayList<>();
        deliveries.find(new Document(STATUS, DeliveryStatus.PENDING.name())
                        .append(NEXT_ATTEMPT_AT, new Document("$lte", Date.from(now))))
                .sort(new Document(NEXT_ATTEMPT_AT, 1)).limit(limit)
                .forEach(document -> due.add(new Pending(new WebhookDelivery(document.getString("_id"),
                        BankId.of(document.getString(BANK)), URI.create(document.getString(URL)), document.getString(TYPE),
                        document.getString(BODY)), document.getInteger(ATTEMPTS), document.getLong(VERSION))));
        return due;
    }

    /**
     * Takes a due delivery for one attempt: its next attempt moves to {@code until}, so no other instance finds it
     * due unless this one dies mid-attempt. Empty if it changed since it was read (another instance claimed it).
     */
    Optional<Pending> claim(Pending due, Instant until) {
        return change(due, new Document(NEXT_ATTEMPT_AT, Date.from(until)), null)
                ? Optional.of(new Pending(due.delivery(), due.attempts(), due.version() + 1))
                : Optional.empty();
    }

    /** False if the claim had run out and another instance took the delivery over. */
    boolean delivered(Pending claimed, Instant at) {
        return change(claimed, new Document(STATUS, DeliveryStatus.DELIVERED.name())
                .append(ATTEMPTS, claimed.attempts() + 1).append(DELIVERED_AT, Date.from(at)), NEXT_ATTEMPT_AT);
    }

    /** Retried at {@code retryAt}, or DEAD if that is null. False if the claim had run out (as for delivered). */
    boolean failed(Pending claimed, String error, Instant retryAt) {
        Document set = new Document(ATTEMPTS, claimed.attempts() + 1).append(LAST_ERROR, error);
        if (retryAt != null) {
            return change(claimed, set.append(NEXT_ATTEMPT_AT, Date.from(retryAt)), null);
        }
        return change(claimed, set.append(STATUS, DeliveryStatus.DEAD.name()), NEXT_ATTEMPT_AT);
    }

    /** Gives a claim back unattempted, due again {@code at}. */
    boolean release(Pending claimed, Instant at) {
        return change(claimed, new Document(NEXT_ATTEMPT_AT, Date.from(at)), null);
    }

    private boolean change(Pending seen, Document set, String unset) {
        Document update = new Document("$set", set.append(VERSION, seen.version() + 1));
        if (unset != null) {
            update.append("$unset", new Document(unset, ""));
        }
        return deliveries.updateOne(new Document("_id", seen.delivery().id()).append(VERSION, seen.version()), update)
                .getModifiedCount() == 1;
    }

    private static DeliveryRecord record(Document document) {
        return new DeliveryRecord(document.getString("_id"), BankId.of(document.getString(BANK)),
                URI.create(document.getString(URL)), document.getString(TYPE),
                DeliveryStatus.valueOf(document.getString(STATUS)), document.getInteger(ATTEMPTS),
                instant(document, ENQUEUED_AT), instant(document, NEXT_ATTEMPT_AT), instant(document, DELIVERED_AT),
                document.getString(LAST_ERROR));
    }

    private static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
