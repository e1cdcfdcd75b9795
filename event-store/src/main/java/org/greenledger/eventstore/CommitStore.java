package org.greenledger.eventstore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Every call the engine makes to MongoDB, one method per operation, so a test can subclass it and
 * delay or fail exactly one of them (as Axon's JDBC engine lets you replace each statement).
 * <p>
 * Every hot-path query is an {@code _id}/unique-index equality or {@code $in}, written as a plain
 * document: the embedded mongo-java-server looks those up and scans for anything else (ranges,
 * prefixes, {@code $and}). The only scans are {@link #scanEventTimes()} and {@link #scanAggregate},
 * both on rare paths.
 */
class CommitStore {

    static final String COMMITS = "commits";
    static final String SNAPSHOTS = "snapshots";
    static final String COUNTERS = "counters";
    private static final String COUNTER_ID = "commits";
    private static final String NEXT = "next";

    private final MongoCollection<Document> commits;
    private final MongoCollection<Document> snapshots;
    private final MongoCollection<Document> counters;

    /**
     * Writes are acknowledged only once journaled on a majority, whatever the client's default: this is the
     * system of record. The embedded server accepts and ignores write concerns.
     */
    CommitStore(MongoDatabase database) {
        MongoDatabase durable = database.withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
        this.commits = durable.getCollection(COMMITS);
        this.snapshots = durable.getCollection(SNAPSHOTS);
        this.counters = durable.getCollection(COUNTERS);
    }

    /**
     * Creating an index that already exists with the same options is a no-op, so this runs on every start.
     */
    void ensureSchema() {
        commits.createIndex(Indexes.ascending(Commits.POSITIONS), new IndexOptions().unique(true).name("pos"));
        commits.createIndex(Indexes.ascending(Commits.KEYS),
                            new IndexOptions().unique(true).sparse(true).name("keys"));
        // Lets the embedded server look up {_id, seq} for the snapshot compare-and-swap instead of scanning.
        snapshots.createIndex(Indexes.ascending(Commits.ID, Commits.SEQ),
                              new IndexOptions().unique(true).name("id_seq"));
        try {
            counters.updateOne(new Document(Commits.ID, COUNTER_ID), Updates.setOnInsert(NEXT, 0L),
                               new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (!isDuplicateKey(e)) {
                throw e;
            }
        }
    }

    /**
     * Reserves {@code count} consecutive positions and returns the first. The value is read from the
     * document as it was before the increment: {@code returnDocument(AFTER)} without a projection hands out
     * duplicates under concurrency on the embedded server (see EMBEDDED-STORE.md).
     */
    long allocate(int count) {
        Document before = counters.findOneAndUpdate(
                new Document(Commits.ID, COUNTER_ID), Updates.inc(NEXT, (long) count),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
        return before == null ? 0L : before.get(NEXT, Number.class).longValue();
    }

    /**
     * The first position not yet handed out; every lower position is committed, in flight, or abandoned.
     */
    long nextPosition() {
        Document counter = counters.find(new Document(Commits.ID, COUNTER_ID)).first();
        return counter == null ? 0L : counter.get(NEXT, Number.class).longValue();
    }

    void insertCommit(Document commit) {
        commits.insertOne(commit);
    }

    /**
     * @return {@code false} when something already covers the position (the late commit won the race)
     */
    boolean insertTombstone(Document tombstone) {
        try {
            commits.insertOne(tombstone);
            return true;
        } catch (MongoWriteException e) {
            if (isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    /**
     * The commits and tombstones covering any of the positions, each once, in position order.
     */
    List<Document> findCovering(Collection<Long> positions) {
        if (positions.isEmpty()) {
            return List.of();
        }
        return distinctInOrder(commits.find(new Document(Commits.POSITIONS, new Document("$in", positions))));
    }

    List<Document> findByKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return distinctInOrder(commits.find(new Document(Commits.KEYS, new Document("$in", keys))));
    }

    Document findByKey(String key, Bson projection) {
        return commits.find(new Document(Commits.KEYS, key)).projection(projection).first();
    }

    /**
     * Every commit, unsorted, with only what {@code createTokenAt} needs. Scans: a rare path.
     */
    Iterable<Document> scanEventTimes() {
        return commits.find()
                      .projection(Projections.include(Commits.COUNT, Commits.EVENTS + "." + Commits.TIMESTAMP))
                      .batchSize(1000);
    }

    /**
     * Every commit holding an event of the aggregate. Scans: used only for a stream that does not start at 0.
     */
    Iterable<Document> scanAggregate(String aggregateId) {
        return commits.find(new Document(Commits.EVENTS + "." + Commits.AGGREGATE_ID, aggregateId))
                      .projection(Projections.include(Commits.EVENTS + "." + Commits.AGGREGATE_ID,
                                                      Commits.EVENTS + "." + Commits.SEQ))
                      .batchSize(1000);
    }

    Document findSnapshot(String aggregateId) {
        return snapshots.find(new Document(Commits.ID, aggregateId)).first();
    }

    /**
     * @return {@code false} when a snapshot of the aggregate appeared meanwhile
     */
    boolean insertSnapshot(Document snapshot) {
        try {
            snapshots.insertOne(snapshot);
            return true;
        } catch (MongoWriteException e) {
            if (isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Compare-and-swap: replaces the snapshot only if it is still the one at {@code expectedSeq}.
     */
    boolean replaceSnapshot(String aggregateId, long expectedSeq, Document snapshot) {
        Document expected = new Document(Commits.ID, aggregateId).append(Commits.SEQ, expectedSeq);
        return snapshots.replaceOne(expected, snapshot).getMatchedCount() == 1;
    }

    static boolean isDuplicateKey(MongoWriteException e) {
        return e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }

    private static List<Document> distinctInOrder(Iterable<Document> found) {
        // The embedded server returns a document once per matching $in value; a real server once.
        Map<Object, Document> byId = new LinkedHashMap<>();
        for (Document document : found) {
            byId.putIfAbsent(document.get(Commits.ID), document);
        }
        List<Document> result = new ArrayList<>(byId.values());
        result.sort(Comparator.comparingLong(Commits::first));
        return result;
    }
}
