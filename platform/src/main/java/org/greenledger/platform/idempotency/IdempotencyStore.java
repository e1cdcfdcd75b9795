package org.greenledger.platform.idempotency;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * The {@code idempotency} collection, one document per subject and key ({@code _id} =
 * {@code subject|key}). Inserting the pending document is the lock: the unique {@code _id}
 * lets exactly one of two racing first attempts run.
 */
class IdempotencyStore {

    static final String COLLECTION = "idempotency";
    private static final String PENDING = "PENDING";
    private static final String DONE = "DONE";

    private final MongoCollection<Document> answers;
    private final Clock clock;

    IdempotencyStore(MongoDatabase database, Duration retention, Clock clock) {
        this.answers = database.getCollection(COLLECTION);
        this.clock = clock;
        answers.createIndex(Indexes.ascending("createdAt"),
                new IndexOptions().name("expire").expireAfter(retention.toSeconds(), TimeUnit.SECONDS));
    }

    /**
     * Claims the key for a first attempt. Returns {@code null} when this caller now owns it, else
     * what is already stored under it.
     */
    StoredAnswer begin(String id, String hash) {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                answers.insertOne(pending(id, hash, clock.instant()));
                return null;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            Document existing = answers.find(new Document("_id", id)).first();
            if (existing != null) {
                return read(existing);
            }
            // deleted between our insert and our read (a failed first attempt): try again
        }
        throw new IllegalStateException("Idempotency key " + id + " keeps changing hands");
    }

    /** Takes over a pending attempt that has gone stale; false if someone else got there first. */
    boolean takeOver(String id, StoredAnswer stale, String hash) {
        Document filter = new Document("_id", id).append("state", PENDING)
                .append("createdAt", Date.from(stale.createdAt()));
        return answers.replaceOne(filter, pending(id, hash, clock.instant())).getModifiedCount() == 1;
    }

    void complete(String id, int status, String contentType, Map<String, String> headers, byte[] body) {
        Document answer = new Document("state", DONE)
                .append("status", status)
                .append("contentType", contentType)
                .append("headers", new Document(headers))
                .append("body", new Binary(body));
        answers.updateOne(new Document("_id", id), new Document("$set", answer));
    }

    void abandon(String id) {
        answers.deleteOne(new Document("_id", id).append("state", PENDING));
    }

    private static Document pending(String id, String hash, Instant now) {
        return new Document("_id", id).append("state", PENDING).append("hash", hash)
                .append("createdAt", Date.from(now));
    }

    private static StoredAnswer read(Document stored) {
        boolean done = DONE.equals(stored.getString("state"));
        Map<String, String> headers = new LinkedHashMap<>();
        Document storedHeaders = stored.get("headers", Document.class);
        if (storedHeaders != null) {
            storedHeaders.forEach((name, value) -> headers.put(name, String.valueOf(value)));
        }
        Binary body = stored.get("body", Binary.class);
        return new StoredAnswer(stored.getString("hash"), done, stored.getDate("createdAt").toInstant(),
                done ? stored.getInteger("status") : 0, stored.getString("contentType"), headers,
                body == null ? new byte[0] : body.getData());
    }
}
