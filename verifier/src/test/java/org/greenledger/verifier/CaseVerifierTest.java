package org.greenledger.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Given a log of two interleaved records and a read, when the case of one record is exported, it
 * verifies offline; when anything in it is changed, dropped, added, reordered or re-signed with another
 * key, it does not.
 */
class CaseVerifierTest {

    static final String ORIGIN = "greenledger.test/log";
    static final SignedNoteTest.Keys LOG = SignedNoteTest.Keys.generate(ORIGIN);

    @Test
    void an_exported_case_verifies_with_the_logs_key() throws Exception {
        TestLog log = TestLog.interleaved();
        CaseVerifier.Verified verified = CaseVerifier.verify(Case.parse(log.caseOf("A-1").json()), LOG.noteKey());

        assertThat(verified.entries()).extracting(StoredEntry::seq).containsExactly(0L, 1L, 2L);
        assertThat(verified.entries()).extracting(StoredEntry::position).containsExactly(10L, 12L, 15L);
        assertThat(verified.checkpoint().size()).isEqualTo(log.entries.size());
    }

    @Test
    void an_edited_dropped_swapped_or_inserted_event_is_detected() {
        Case exported = TestLog.interleaved().caseOf("A-1");
        refused(withEvents(exported, events -> {
            Case.Event first = events.get(0);
            events.set(0, new Case.Event(first.index(), first.entry().replace("\"amount\":100", "\"amount\":900"), first.proof()));
            return events;
        }), "not in the signed log");
        refused(withEvents(exported, events -> {
            events.remove(1);
            return events;
        }), "events of the record are missing");
        refused(withEvents(exported, events -> {
            Collections.swap(events, 0, 1);
            return events;
        }), "out of order");
        Case.Event forged = new Case.Event(exported.events().get(2).index() + 1, entry(16, "A-1", 3, "{\"amount\":1}").text(),
                exported.events().get(2).proof());
        refused(withEvents(exported, events -> {
            events.add(forged);
            return events;
        }), "");
        refused(withEvents(exported, events -> {
            events.clear();
            return events;
        }), "no event");
    }

    @Test
    void an_event_exported_as_stored_but_not_logged_is_refused() {
        Case exported = TestLog.interleaved().caseOf("A-1");
        refused(withEvents(exported, events -> {
            events.add(2, Case.Event.unlogged(entry(13, "A-1", 2, "{\"amount\":1}").text()));
            return events;
        }), "stored but not in the signed log");
    }

    @Test
    void an_event_of_another_record_or_a_proof_at_another_index_or_checkpoint_is_refused() {
        TestLog log = TestLog.interleaved();
        Case exported = log.caseOf("A-1");
        Case other = log.caseOf("B-7");
        refused(withEvents(exported, events -> {
            events.add(other.events().get(2));
            return events;
        }), "is not of Application A-1");
        refused(withEvents(exported, events -> {
            Case.Event last = events.get(2);
            events.set(2, new Case.Event(last.index() + 1, last.entry(), last.proof()));
            return events;
        }), "claims index");
        refused(withEvents(exported, events -> {
            Case.Event last = events.get(2);
            String proof = last.proof().replace("index " + last.index() + "\n", "index " + (last.index() - 1) + "\n");
            events.set(2, new Case.Event(last.index() - 1, last.entry(), proof));
            return events;
        }), "not in the signed log");
        refused(withEvents(exported, events -> {
            Case.Event last = events.get(2);
            String[] lines = last.proof().split("\n", -1);
            List<String> truncated = new ArrayList<>(List.of(lines));
            truncated.remove(2);
            events.set(2, new Case.Event(last.index(), last.entry(), String.join("\n", truncated)));
            return events;
        }), "not in the signed log");
        refused(withEvents(exported, events -> {
            Case.Event last = events.get(2);
            String proof = last.proof().replaceFirst("\n\n", "\n" + java.util.Base64.getEncoder().encodeToString(new byte[32]) + "\n\n");
            events.set(2, new Case.Event(last.index(), last.entry(), proof));
            return events;
        }), "not in the signed log");
        TestLog grown = TestLog.interleaved();
        grown.append(entry(20, "A-1", 3, "{\"amount\":5}"));
        Case later = grown.caseOf("A-1");
        refused(withEvents(exported, events -> {
            events.set(0, later.events().get(0));
            return events;
        }), "another checkpoint");
    }

    @Test
    void a_rewritten_checkpoint_or_another_key_is_refused() throws Exception {
        Case exported = TestLog.interleaved().caseOf("A-1");
        String rewritten = exported.checkpoint().replace("\n7\n", "\n6\n");
        assertThat(rewritten).isNotEqualTo(exported.checkpoint());
        refused(new Case(exported.origin(), exported.verifierKey(), exported.recordType(), exported.recordId(),
                rewritten, exported.events()), "");
        SignedNoteTest.Keys impostor = SignedNoteTest.Keys.generate(ORIGIN);
        TestLog forged = TestLog.interleaved(impostor);
        Case forgedCase = forged.caseOf("A-1");
        assertThatThrownBy(() -> CaseVerifier.verify(forgedCase, LOG.noteKey())).isInstanceOf(VerificationFailure.class)
                .hasMessageContaining("not the trusted");
        Case keySwapped = new Case(forgedCase.origin(), LOG.noteKey().verifierKey(), forgedCase.recordType(),
                forgedCase.recordId(), forgedCase.checkpoint(), forgedCase.events());
        assertThatThrownBy(() -> CaseVerifier.verify(keySwapped, LOG.noteKey())).isInstanceOf(VerificationFailure.class)
                .hasMessageContaining("no signature by the key");
        Case otherOrigin = new Case("greenledger.test/other", exported.verifierKey(), exported.recordType(),
                exported.recordId(), exported.checkpoint(), exported.events());
        refused(otherOrigin, "not 'greenledger.test/other'");
    }

    @Test
    void a_case_file_out_of_form_is_refused() {
        String json = TestLog.interleaved().caseOf("A-1").json();
        for (String broken : new String[]{
                json.replace(Case.FORMAT, "greenledger.case@v2"),
                json.replace("\"origin\"", "\"note\": \"unknown\", \"origin\""),
                json.replace("\"origin\"", "\"origin\": \"twice\", \"origin\""),
                json.substring(0, json.length() - 3),
                json + "{}",
                json.replace("\"index\": 2", "\"index\": 2.5"),
                json.replace("\"index\": 2", "\"index\": -2"),
                json.replace("greenledger.event@v1", "greenledger.event@v2"),
                "[]"}) {
            assertThat(broken).isNotEqualTo(json);
            assertThatThrownBy(() -> CaseVerifier.verify(Case.parse(broken), LOG.noteKey())).isInstanceOf(VerificationFailure.class);
        }
    }

    @Test
    void the_command_line_says_verified_or_failed_and_exits_accordingly(@TempDir Path folder) throws Exception {
        Case exported = TestLog.interleaved().caseOf("A-1");
        Path good = Files.writeString(folder.resolve("case.json"), exported.json());
        Path key = Files.writeString(folder.resolve("log.vkey"), LOG.noteKey().verifierKey() + "\n");
        Path bad = Files.writeString(folder.resolve("tampered.json"), exported.json().replace("\\\"amount\\\":100", "\\\"amount\\\":101"));
        assertThat(Files.readString(bad)).isNotEqualTo(exported.json());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(Verify.run(new String[]{"--key", key.toString(), good.toString()}, print(out), print(new ByteArrayOutputStream())))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("VERIFIED Application A-1: 3 events")
                .contains("position 15").doesNotContain("NOTE");

        out.reset();
        assertThat(Verify.run(new String[]{good.toString()}, print(out), print(new ByteArrayOutputStream()))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("NOTE the key was taken from the case itself");

        out.reset();
        assertThat(Verify.run(new String[]{"--key", LOG.noteKey().verifierKey(), bad.toString()}, print(out),
                print(new ByteArrayOutputStream()))).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("FAILED The event at position 10");

        assertThat(Verify.run(new String[]{folder.resolve("missing.json").toString()}, print(out), print(out))).isEqualTo(2);
        assertThat(Verify.run(new String[0], print(out), print(out))).isEqualTo(2);
    }

    private static void refused(Case exported, String reason) {
        assertThatThrownBy(() -> CaseVerifier.verify(Case.parse(exported.json()), LOG.noteKey()))
                .isInstanceOf(VerificationFailure.class).hasMessageContaining(reason);
    }

    private static Case withEvents(Case exported, UnaryOperator<List<Case.Event>> change) {
        return new Case(exported.origin(), exported.verifierKey(), exported.recordType(), exported.recordId(),
                exported.checkpoint(), change.apply(new ArrayList<>(exported.events())));
    }

    static StoredEntry entry(long position, String aggregate, long seq, String payload) {
        return new StoredEntry(position, "event-" + position, "Application", aggregate, seq,
                "org.greenledger.contracts.subsidy.ApplicationSubmitted", "1", "2026-12-03T10:00:00.123456789Z",
                "{\"subject\":\"official-1\",\"role\":\"OFFICIAL\"}", payload);
    }

    private static PrintStream print(ByteArrayOutputStream out) {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    /** A log as the service keeps one: entries in position order, their leaves, a signed checkpoint. */
    static final class TestLog {

        final List<StoredEntry> entries = new ArrayList<>();
        final SignedNoteTest.Keys keys;

        TestLog(SignedNoteTest.Keys keys) {
            this.keys = keys;
        }

        static TestLog interleaved() {
            return interleaved(LOG);
        }

        static TestLog interleaved(SignedNoteTest.Keys keys) {
            TestLog log = new TestLog(keys);
            log.append(entry(10, "A-1", 0, "{\"amount\":100}"));
            log.append(entry(11, "B-7", 0, "{\"amount\":7}"));
            log.append(entry(12, "A-1", 1, "{\"approved\":true}"));
            log.append(new StoredEntry(13, "event-13", null, null, null, "org.greenledger.contracts.audit.AuditRead", null,
                    "2026-12-03T10:00:01Z", "{}", "{\"record\":\"A-1\"}"));
            // position 14 is a tombstone: no leaf
            log.append(entry(15, "A-1", 2, "{\"granted\":true}"));
            log.append(entry(16, "B-7", 1, "{}"));
            log.append(entry(17, "B-7", 2, "{}"));
            return log;
        }

        void append(StoredEntry entry) {
            entries.add(entry);
        }

        Case caseOf(String record) {
            List<byte[]> leaves = entries.stream().map(StoredEntry::leafHash).toList();
            MerkleTree tree = new MerkleTree(leaves);
            Checkpoint checkpoint = new Checkpoint(ORIGIN, leaves.size(), tree.root(leaves.size()), Instant.parse("2026-12-03T10:05:00Z"));
            String note = SignedNote.sign(checkpoint.text(), keys.noteKey(), keys.privateKey());
            List<Case.Event> events = new ArrayList<>();
            for (int index = 0; index < entries.size(); index++) {
                StoredEntry entry = entries.get(index);
                if (record.equals(entry.aggregateId())) {
                    events.add(new Case.Event((long) index, entry.text(),
                            new TlogProof(index, tree.inclusionProof(index, leaves.size()), note).text()));
                }
            }
            return new Case(ORIGIN, keys.noteKey().verifierKey(), "Application", record, note, events);
        }
    }
}
