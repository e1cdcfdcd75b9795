package org.greenledger.command.audit;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.greenledger.eventstore.MongoEventStorageEngine;
import org.greenledger.eventstore.SettledEvents;
import org.greenledger.eventstore.StoredEvent;
import org.greenledger.kernel.failure.IllegalTransition;
import org.greenledger.kernel.failure.NotFound;
import org.greenledger.verifier.Case;
import org.greenledger.verifier.Checkpoint;
import org.greenledger.verifier.ConsistencyProof;
import org.greenledger.verifier.MerkleTree;
import org.greenledger.verifier.NoteKey;
import org.greenledger.verifier.Proofs;
import org.greenledger.verifier.StoredEntry;
import org.greenledger.verifier.TlogProof;
import org.greenledger.verifier.VerificationFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tamper-evident log over the event store: every stored event, in global position order and
 * tombstones left out, is a leaf (its canonical {@link StoredEntry} form hashed as RFC 6962 says), and
 * the tree over them is signed as C2SP checkpoints.
 * <p>
 * Leaves are appended only once their positions are settled, so a commit still in flight can never land
 * below a leaf. They are kept in {@code audit_log_leaves} ({@code _id} the leaf index, insert-only) and in
 * memory; checkpoints in {@code audit_log_checkpoints} ({@code _id} the tree size, insert-only). Before
 * signing, the new tree is proved consistent with the last signed checkpoint by the verifier's own
 * algorithm: a log whose stored leaves disagree with what it signed before stops signing and says why,
 * so it never signs two checkpoints that contradict each other. Another instance appending the same
 * leaves or signing the same size is harmless: the unique {@code _id}s take the first, and this one
 * checks it agrees.
 */
public class AuditLog {

    static final String LEAVES = "audit_log_leaves";
    static final String CHECKPOINTS = "audit_log_checkpoints";
    private static final Logger logger = LoggerFactory.getLogger(AuditLog.class);
    private static final int BATCH = 500;

    private final MongoEventStorageEngine engine;
    private final MongoCollection<Document> leaves;
    private final MongoCollection<Document> checkpoints;
    private final LogKey key;
    private final String origin;
    private final Clock clock;

    private final MerkleTree tree = new MerkleTree();
    private long[] positions = new long[1024];
    private long nextPosition;
    private Signed latest;
    private volatile String refusal;

    /** A signed checkpoint as stored: what it says and the note that says it. */
    record Signed(Checkpoint checkpoint, String note) {
    }

    AuditLog(MongoEventStorageEngine engine, MongoDatabase database, LogKey key, String origin, Clock clock) {
        this.engine = engine;
        this.leaves = database.getCollection(LEAVES);
        this.checkpoints = database.getCollection(CHECKPOINTS);
        this.key = key;
        this.origin = origin;
        this.clock = clock;
        load();
    }

    public NoteKey key() {
        return key.noteKey();
    }

    public String origin() {
        return origin;
    }

    /** Why the log stopped signing, if it did. */
    public Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }

    /** Adds the newly settled events and, if there are any, signs a checkpoint. */
    public synchronized Optional<Signed> advance() {
        extend();
        return checkpoint();
    }

    public synchronized Optional<Signed> latest() {
        return Optional.ofNullable(latest);
    }

    public synchronized long size() {
        return tree.size();
    }

    public Optional<Signed> checkpointOfSize(long size) {
        Document stored = checkpoints.find(new Document("_id", size)).first();
        return stored == null ? Optional.empty() : Optional.of(signed(stored.getString("note")));
    }

    /** The latest checkpoint this log signed, or 404. */
    Signed requireLatest() {
        return latest().orElseThrow(() -> new NotFound("audit.log-empty", "No checkpoint is signed yet."));
    }

    /** The stored checkpoint of {@code size}, or 404. */
    Signed requireCheckpoint(long size) {
        return checkpointOfSize(size).orElseThrow(() -> new NotFound("audit.checkpoint-not-found",
                "No checkpoint of size " + size + " was signed."));
    }

    /** The tlog-proof of the event at {@code position} in the checkpoint of {@code size} (the latest when null). */
    public synchronized TlogProof inclusion(long position, Long size) {
        Signed at = size == null ? latestAsStored() : requireCheckpoint(size);
        long index = indexOf(position).orElseThrow(() -> new NotFound("audit.position-not-logged",
                "Position " + position + " holds no event in the log (a tombstone, or not settled yet)."));
        long treeSize = at.checkpoint().size();
        if (index >= treeSize) {
            throw new NotFound("audit.position-not-in-checkpoint", "The event at position " + position + " is leaf " + index
                    + ", after the checkpoint of size " + treeSize + "; ask for a later checkpoint.");
        }
        requireSigning();
        return new TlogProof(index, tree.inclusionProof(index, treeSize), at.note());
    }

    /** That the checkpoint of {@code older} is a prefix of the one of {@code newer}. */
    public synchronized ConsistencyProof consistency(long older, long newer) {
        Signed from = requireCheckpoint(older);
        Signed to = requireCheckpoint(newer);
        if (from.checkpoint().size() > to.checkpoint().size() || older == 0) {
            throw new IllegalTransition("audit.consistency-order", "A consistency proof runs from a smaller, non-empty "
                    + "checkpoint to a larger one, not from " + older + " to " + newer + ".");
        }
        requireSigning();
        return new ConsistencyProof(older, tree.consistencyProof(older, newer), to.note());
    }

    /**
     * One record's case: every event of its stream, exactly as stored now, with its inclusion proof in a
     * checkpoint signed after all of them. The export does not judge: an event edited since it was logged
     * goes out as stored and no longer matches its leaf, one the log never took in goes out without a
     * proof, and the verifier reports both.
     */
    public synchronized Case caseOf(String recordId) {
        Collection<Long> stream = engine.positionsBySequence(recordId).values();
        if (stream.isEmpty()) {
            throw new NotFound("audit.record-not-found", "No record " + recordId + " has events.");
        }
        advance();
        requireSigning();
        Signed at = latestAsStored();
        String note = at.note();
        long size = at.checkpoint().size();
        List<Case.Event> events = new ArrayList<>();
        String type = null;
        for (long position : stream) {
            StoredEvent stored = engine.settled(position, 1).events().stream().findFirst()
                    .orElseThrow(() -> new IllegalTransition("audit.event-unreadable", "The stored event at position "
                            + position + " cannot be read as stored; the log's self-check says more."));
            type = stored.aggregateType();
            String entry = entry(stored).text();
            Optional<Long> index = indexOf(position).filter(i -> i < size);
            events.add(index.isEmpty() ? Case.Event.unlogged(entry) : new Case.Event(index.get(), entry,
                    new TlogProof(index.get(), tree.inclusionProof(index.get(), size), note).text()));
        }
        return new Case(origin, key.noteKey().verifierKey(), type, recordId, note, events);
    }

    /**
     * The latest checkpoint with its note as the database holds it now, unverified, for what goes out: a
     * checkpoint rewritten in the database goes out rewritten and fails verification there. Only one
     * deleted from the database is served as this log signed it.
     */
    private Signed latestAsStored() {
        Signed signed = requireLatest();
        Document stored = checkpoints.find(new Document("_id", signed.checkpoint().size())).first();
        return stored == null || stored.getString("note") == null ? signed
                : new Signed(signed.checkpoint(), stored.getString("note"));
    }

    /** The leaf hashes of the first {@code size} leaves, as this log holds them. */
    synchronized List<byte[]> leafHashes(long size) {
        List<byte[]> leaves = new ArrayList<>();
        for (long index = 0; index < Math.min(size, tree.size()); index++) {
            leaves.add(tree.leaf(index));
        }
        return leaves;
    }

    /** The leaves as the collection now holds them, in index order, with their positions. */
    List<Document> storedLeaves() {
        List<Document> stored = new ArrayList<>();
        for (Document leaf : leaves.find().sort(new Document("_id", 1))) {
            stored.add(leaf);
        }
        return stored;
    }

    List<Signed> storedCheckpoints() throws VerificationFailure {
        List<Signed> all = new ArrayList<>();
        for (Document stored : checkpoints.find().sort(new Document("_id", 1))) {
            Checkpoint checkpoint = Checkpoint.verify(stored.getString("note"), key.noteKey(), origin);
            if (checkpoint.size() != stored.get("_id", Number.class).longValue()) {
                throw new VerificationFailure("The checkpoint stored as size " + stored.get("_id") + " says size "
                        + checkpoint.size());
            }
            all.add(new Signed(checkpoint, stored.getString("note")));
        }
        return all;
    }

    static StoredEntry entry(StoredEvent event) {
        return new StoredEntry(event.position(), event.eventId(), event.aggregateType(), event.aggregateId(), event.seq(),
                event.type(), event.revision(), event.timestamp(), event.metadata(), event.payload());
    }

    void refuse(String why) {
        if (refusal == null) {
            refusal = why;
            logger.error("AUDIT LOG ALARM: the log stops signing checkpoints: {}", why);
        }
    }

    private void load() {
        for (Document leaf : leaves.find().sort(new Document("_id", 1))) {
            long index = leaf.get("_id", Number.class).longValue();
            if (index != tree.size()) {
                refuse("the stored leaves skip from " + (tree.size() - 1) + " to " + index);
                return;
            }
            add(leaf.get("pos", Number.class).longValue(), Base64.getDecoder().decode(leaf.getString("hash")));
        }
        nextPosition = tree.size() == 0 ? 0 : positions[(int) tree.size() - 1] + 1;
        Document last = checkpoints.find().sort(new Document("_id", -1)).first();
        if (last != null) {
            try {
                Checkpoint checkpoint = Checkpoint.verify(last.getString("note"), key.noteKey(), origin);
                latest = new Signed(checkpoint, last.getString("note"));
                if (checkpoint.size() > tree.size()
                        || !MessageDigest.isEqual(checkpoint.root(), tree.root(checkpoint.size()))) {
                    refuse("the stored leaves do not hash to the last signed checkpoint (size " + checkpoint.size() + ")");
                }
            } catch (VerificationFailure e) {
                refuse("the last stored checkpoint does not verify with the log's key: " + e.getMessage());
            }
        }
    }

    private void extend() {
        while (refusal == null) {
            SettledEvents settled = engine.settled(nextPosition, BATCH);
            List<Document> batch = new ArrayList<>();
            long index = tree.size();
            for (StoredEvent event : settled.events()) {
                byte[] hash = entry(event).leafHash();
                batch.add(new Document("_id", index++).append("pos", event.position())
                        .append("hash", Base64.getEncoder().encodeToString(hash)));
            }
            if (!batch.isEmpty() && !store(batch)) {
                return;
            }
            for (Document leaf : batch) {
                add(leaf.getLong("pos"), Base64.getDecoder().decode(leaf.getString("hash")));
            }
            boolean more = settled.next() == nextPosition + BATCH;
            nextPosition = settled.next();
            if (!more) {
                return;
            }
        }
    }

    /** Inserts the leaves; those another instance stored first must be the same leaves. */
    private boolean store(List<Document> batch) {
        try {
            leaves.insertMany(batch, new InsertManyOptions().ordered(true));
            return true;
        } catch (MongoBulkWriteException e) {
            if (!e.getWriteErrors().stream().allMatch(error -> error.getCategory() == ErrorCategory.DUPLICATE_KEY)) {
                throw e;
            }
        }
        for (Document leaf : batch) {
            Document stored = leaves.find(new Document("_id", leaf.get("_id"))).first();
            if (stored == null) {
                leaves.insertOne(leaf);
            } else if (!leaf.getString("hash").equals(stored.getString("hash")) || leaf.getLong("pos") != stored.get("pos",
                    Number.class).longValue()) {
                refuse("leaf " + leaf.get("_id") + " is stored with another hash or position than the event at position "
                        + leaf.get("pos") + " has");
                return false;
            }
        }
        return true;
    }

    private Optional<Signed> checkpoint() {
        long size = tree.size();
        if (refusal != null || size == 0 || (latest != null && latest.checkpoint().size() >= size)) {
            return Optional.empty();
        }
        byte[] root = tree.root(size);
        if (latest != null) {
            Checkpoint before = latest.checkpoint();
            try {
                Proofs.verifyConsistency(before.size(), size, tree.consistencyProof(before.size(), size), before.root(), root);
            } catch (VerificationFailure e) {
                refuse("the tree of size " + size + " does not extend the signed checkpoint of size " + before.size() + ": "
                        + e.getMessage());
                return Optional.empty();
            }
        }
        Checkpoint checkpoint = new Checkpoint(origin, size, root, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        String note = key.sign(checkpoint.text());
        try {
            checkpoints.insertOne(new Document("_id", size).append("note", note).append("time", checkpoint.time().toString()));
            latest = new Signed(checkpoint, note);
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            Signed theirs = checkpointOfSize(size).orElseThrow();
            if (!Arrays.equals(theirs.checkpoint().root(), root)) {
                refuse("another instance signed size " + size + " with another root");
                return Optional.empty();
            }
            latest = theirs;
        }
        return Optional.of(latest);
    }

    private Signed signed(String note) {
        try {
            return new Signed(Checkpoint.verify(note, key.noteKey(), origin), note);
        } catch (VerificationFailure e) {
            refuse("a stored checkpoint does not verify with the log's key: " + e.getMessage());
            throw new IllegalTransition("audit.log-refused", "The log refuses to answer: " + refusal);
        }
    }

    private void requireSigning() {
        if (refusal != null) {
            throw new IllegalTransition("audit.log-refused", "The log has stopped signing and proves nothing until an "
                    + "operator looks into it: " + refusal);
        }
    }

    private Optional<Long> indexOf(long position) {
        int index = Arrays.binarySearch(positions, 0, (int) tree.size(), position);
        return index >= 0 ? Optional.of((long) index) : Optional.empty();
    }

    private void add(long position, byte[] hash) {
        int index = (int) tree.size();
        if (index == positions.length) {
            positions = Arrays.copyOf(positions, positions.length * 2);
        }
        positions[index] = position;
        tree.append(hash);
    }
}
