package org.greenledger.command.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.greenledger.eventstore.MongoEventStorageEngine;
import org.greenledger.verifier.Case;
import org.greenledger.verifier.CaseVerifier;
import org.greenledger.verifier.Checkpoint;
import org.greenledger.verifier.ConsistencyProof;
import org.greenledger.verifier.StoredEntry;
import org.greenledger.verifier.VerificationFailure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Status;

/**
 * Given a store of two applications' events logged and checkpointed, when someone edits the stored
 * events, leaves or checkpoints directly in MongoDB, then the self-check raises the alarm and the
 * exported case fails the offline verifier; and when nobody does, neither does.
 */
class TamperEvidenceTest {

    static final String ORIGIN = "greenledger.test/event-log";
    private static final MongoServer SERVER = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress ADDRESS = SERVER.bind();
    private static final MongoClient CLIENT = MongoClients.create("mongodb://" + ADDRESS.getHostString() + ":" + ADDRESS.getPort());

    @TempDir
    Path data;
    MongoDatabase database;
    MongoCollection<Document> commits;
    MongoEventStorageEngine engine;
    LogKey key;
    AuditLog log;
    LogSelfCheck selfCheck;
    SimpleMeterRegistry meters;

    @BeforeEach
    void aLoggedStore() {
        database = CLIENT.getDatabase("tamper_" + UUID.randomUUID().toString().replace("-", ""));
        commits = database.getCollection("commits");
        engine = MongoEventStorageEngine.builder().database(database).eventSerializer(JacksonSerializer.defaultSerializer())
                .snapshotSerializer(JacksonSerializer.defaultSerializer()).maxPositionLease(1).build();
        key = LogKey.loadOrCreate(data.resolve("audit-log-key"), ORIGIN);
        append("A-1", 0, "submitted 1000000");
        append("B-2", 0, "submitted 5");
        engine.appendEvents(GenericEventMessage.asEventMessage("an auditor read"));
        append("A-1", 1, "approved 800000");
        abandonPosition();
        append("A-1", 2, "granted 800000");
        append("B-2", 1, "withdrawn");
        log = new AuditLog(engine, database, key, ORIGIN, Clock.systemUTC());
        meters = new SimpleMeterRegistry();
        selfCheck = new LogSelfCheck(log, engine, Clock.systemUTC(), meters);
        assertThat(log.advance()).isPresent();
    }

    @AfterEach
    void dropDatabase() {
        database.drop();
    }

    @AfterAll
    static void stopServer() {
        CLIENT.close();
        SERVER.shutdownNow();
    }

    @Test
    void an_untampered_store_passes_the_self_check_and_its_cases_verify_as_the_log_grows() throws Exception {
        assertThat(selfCheck.run().findings()).isEmpty();
        assertThat(selfCheck.health().getStatus()).isEqualTo(Status.UP);
        assertThat(meters.get("greenledger.audit.log.intact").gauge().value()).isEqualTo(1.0);
        CaseVerifier.Verified verified = CaseVerifier.verify(Case.parse(log.caseOf("A-1").json()), key.noteKey());
        assertThat(verified.entries()).extracting(StoredEntry::payload)
                .containsExactly("\"submitted 1000000\"", "\"approved 800000\"", "\"granted 800000\"");
        long firstSize = log.latest().orElseThrow().checkpoint().size();
        assertThat(firstSize).isEqualTo(6);

        append("A-1", 3, "tranche 400000");
        assertThat(log.advance()).isPresent();
        assertThat(log.advance()).as("no new events, no new checkpoint").isEmpty();
        assertThat(selfCheck.run().intact()).isTrue();
        assertThat(CaseVerifier.verify(Case.parse(log.caseOf("A-1").json()), key.noteKey()).entries()).hasSize(4);
        ConsistencyProof proof = ConsistencyProof.parse(log.consistency(firstSize, 7).text());
        Checkpoint newer = proof.verify(log.checkpointOfSize(firstSize).orElseThrow().note(), key.noteKey(), ORIGIN);
        assertThat(newer.size()).isEqualTo(7);
    }

    @Test
    void an_edited_payload_is_detected() {
        Document commit = commitHolding("A-1", 1);
        commits.updateOne(new Document("_id", commit.get("_id")), new Document("$set",
                new Document("events.0.payload", "\"approved 8000000\"")));

        assertAlarm("Leaf 3");
        assertCaseRefused("A-1", "not in the signed log");
    }

    @Test
    void a_deleted_event_is_detected() {
        commits.deleteOne(new Document("_id", commitHolding("A-1", 1).get("_id")));

        assertAlarm("deleted");
        assertCaseRefused("A-1", "events of the record are missing");
    }

    @Test
    void two_swapped_events_are_detected() {
        Document first = commitHolding("A-1", 1);
        Document second = commitHolding("A-1", 2);
        commits.updateOne(new Document("_id", first.get("_id")), new Document("$set", new Document("events", second.get("events"))));
        commits.updateOne(new Document("_id", second.get("_id")), new Document("$set", new Document("events", first.get("events"))));

        assertAlarm("Leaf 3");
        assertCaseRefused("A-1", "");
    }

    @Test
    void an_event_inserted_into_the_logged_history_is_detected() {
        Document tombstone = commits.find(new Document("tombstone", true)).first();
        assertThat(tombstone).as("the abandoned position").isNotNull();
        Document forged = new Document(commitHolding("A-1", 2).getList("events", Document.class).get(0));
        forged.put("eventId", UUID.randomUUID().toString());
        forged.put("seq", 3L);
        forged.put("payload", "\"granted 9000000\"");
        commits.replaceOne(new Document("_id", tombstone.get("_id")), new Document("_id", tombstone.get("_id")).append("n", 1)
                .append("pos", List.of(tombstone.get("_id"))).append("ts", new Date()).append("keys", List.of("A-1#3"))
                .append("events", List.of(forged)));

        assertAlarm("Leaf 4");
        assertCaseRefused("A-1", "stored but not in the signed log");
    }

    @Test
    void a_rewritten_checkpoint_is_detected_and_a_restarted_log_stops_signing() {
        long size = log.latest().orElseThrow().checkpoint().size();
        MongoCollection<Document> checkpoints = database.getCollection(AuditLog.CHECKPOINTS);
        String note = checkpoints.find(new Document("_id", size)).first().getString("note");
        String rewritten = note.replaceFirst("\n[A-Za-z0-9+/]{43}=\n", "\n" + java.util.Base64.getEncoder()
                .encodeToString(new byte[32]) + "\n");
        assertThat(rewritten).isNotEqualTo(note);
        checkpoints.updateOne(new Document("_id", size), new Document("$set", new Document("note", rewritten)));

        assertAlarm("not what the log signed");
        assertCaseRefused("A-1", "does not verify");

        AuditLog restarted = new AuditLog(engine, database, key, ORIGIN, Clock.systemUTC());
        append("B-2", 2, "reopened");
        assertThat(restarted.refusal()).isPresent();
        assertThat(new LogSelfCheck(restarted, engine, Clock.systemUTC(), new SimpleMeterRegistry()).health().getStatus())
                .as("down before its first check").isEqualTo(Status.DOWN);
        assertThat(restarted.advance()).as("a log that cannot vouch for its past signs nothing new").isEmpty();
        assertThatThrownBy(() -> restarted.caseOf("A-1")).hasMessageContaining("stopped signing");
    }

    @Test
    void a_rewritten_leaf_is_detected_and_a_restarted_log_stops_signing() {
        MongoCollection<Document> leaves = database.getCollection(AuditLog.LEAVES);
        leaves.updateOne(new Document("_id", 2L), new Document("$set", new Document("hash",
                java.util.Base64.getEncoder().encodeToString(new byte[32]))));

        assertAlarm("Stored leaf 2 was rewritten");
        AuditLog restarted = new AuditLog(engine, database, key, ORIGIN, Clock.systemUTC());
        append("B-2", 2, "reopened");
        assertThat(restarted.advance()).isEmpty();
        assertThat(restarted.refusal()).hasValueSatisfying(why -> assertThat(why).contains("last signed checkpoint"));
    }

    @Test
    void a_self_check_while_the_log_signs_new_checkpoints_gives_no_false_alarm() throws Exception {
        Thread writer = new Thread(() -> {
            for (long seq = 3; seq < 60; seq++) {
                append("A-1", seq, "step " + seq);
                log.advance();
            }
        });
        writer.start();
        List<LogSelfCheck.Result> results = new java.util.ArrayList<>();
        while (writer.isAlive()) {
            results.add(selfCheck.run());
        }
        writer.join();
        results.add(selfCheck.run());

        assertThat(results).hasSizeGreaterThan(1).allSatisfy(result -> assertThat(result.findings()).isEmpty());
        assertThat(results.get(results.size() - 1).leaves()).isEqualTo(6 + 57);
    }

    @Test
    void two_instances_over_one_store_agree_on_leaves_and_checkpoints() throws Exception {
        AuditLog other = new AuditLog(engine, database, key, ORIGIN, Clock.systemUTC());
        append("A-1", 3, "tranche 400000");
        Thread first = new Thread(log::advance);
        first.start();
        other.advance();
        first.join();
        log.advance();

        assertThat(log.refusal()).isEmpty();
        assertThat(other.refusal()).isEmpty();
        assertThat(log.latest().orElseThrow().checkpoint().root()).isEqualTo(other.latest().orElseThrow().checkpoint().root());
        assertThat(selfCheck.run().intact()).isTrue();
    }

    private void assertAlarm(String finding) {
        LogSelfCheck.Result result = selfCheck.run();
        assertThat(result.intact()).isFalse();
        assertThat(result.findings()).anySatisfy(line -> assertThat(line).contains(finding));
        assertThat(selfCheck.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(meters.get("greenledger.audit.log.intact").gauge().value()).isZero();
        assertThat(meters.get("greenledger.audit.log.self-checks").tag("result", "tampered").counter().count()).isEqualTo(1.0);
    }

    private void assertCaseRefused(String record, String reason) {
        String exported = log.caseOf(record).json();
        assertThatThrownBy(() -> CaseVerifier.verify(Case.parse(exported), key.noteKey()))
                .isInstanceOf(VerificationFailure.class).hasMessageContaining(reason);
    }

    private Document commitHolding(String aggregate, long seq) {
        Document commit = commits.find(new Document("keys", aggregate + "#" + seq)).first();
        assertThat(commit).isNotNull();
        return commit;
    }

    private void append(String aggregate, long seq, String payload) {
        engine.appendEvents(new GenericDomainEventMessage<>("Application", aggregate, seq, payload,
                MetaData.with("subject", "official-1").and("role", "OFFICIAL")));
    }

    /** What a writer that died holding a position leaves, once a reader gave up on it: a tombstone. */
    private void abandonPosition() {
        Document counter = database.getCollection("counters").findOneAndUpdate(new Document("_id", "commits"),
                new Document("$inc", new Document("next", 1L)));
        long position = counter.get("next", Number.class).longValue();
        commits.insertOne(new Document("_id", position).append("n", 1).append("pos", List.of(position))
                .append("ts", Date.from(Instant.now())).append("tombstone", true));
    }

}
