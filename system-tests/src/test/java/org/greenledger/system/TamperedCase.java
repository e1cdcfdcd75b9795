package org.greenledger.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bson.Document;
import org.greenledger.platform.security.Role;
import org.greenledger.verifier.Verify;

/**
 * Issue 8's walk over a funding decision, as an auditor does it with the README: export the
 * application's case, verify it offline with the published key; edit the decision's stored event by
 * hand in MongoDB and see the verifier and the self-check (health, its endpoint) fail; put the event
 * back and see them pass again.
 */
final class TamperedCase {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TamperedCase() {
    }

    static void walk(RunningSystem system, String application, Path folder) throws Exception {
        String auditor = system.token(Role.AUDITOR, "auditor-li");
        Path key = Files.writeString(folder.resolve("log.vkey"),
                system.send(HttpRequest.newBuilder(system.command("/api/audit/log/key")).GET()).body());
        Path exported = export(system, auditor, application, folder.resolve("case.json"));
        assertThat(verify(key, exported)).startsWith("VERIFIED Application " + application);

        try (MongoClient client = system.storeClient()) {
            MongoCollection<Document> commits = system.store(client).getCollection("commits");
            Document commit = commits.find(new Document("keys", new Document("$regex", "^" + application + "#"))
                    .append("events.type", new Document("$regex", "ApplicationApproved$"))).first();
            assertThat(commit).as("the approval's commit").isNotNull();
            List<Document> events = commit.getList("events", Document.class);
            int at = indexOfType(events, "ApplicationApproved");
            String original = events.get(at).getString("payload");
            String edited = original.replace("232500", "932500");
            assertThat(edited).isNotEqualTo(original);
            commits.updateOne(new Document("_id", commit.get("_id")),
                    new Document("$set", new Document("events." + at + ".payload", edited)));

            String failed = verify(key, export(system, auditor, application, folder.resolve("tampered.json")));
            assertThat(failed).startsWith("FAILED").contains("not in the signed log");
            JsonNode check = selfCheck(system, auditor);
            assertThat(check.path("intact").asBoolean()).isFalse();
            assertThat(check.path("findings").toString()).contains("does not hash to what the log recorded");
            HttpResponse<String> health = system.send(HttpRequest.newBuilder(system.command("/actuator/health")).GET());
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(JSON.readTree(health.body()).at("/components/auditLog/status").asText()).isEqualTo("DOWN");

            commits.updateOne(new Document("_id", commit.get("_id")),
                    new Document("$set", new Document("events." + at + ".payload", original)));
        }
        assertThat(selfCheck(system, auditor).path("intact").asBoolean()).isTrue();
        assertThat(verify(key, export(system, auditor, application, folder.resolve("restored.json")))).startsWith("VERIFIED");
    }

    private static Path export(RunningSystem system, String auditor, String application, Path file) throws Exception {
        HttpResponse<String> exported = system.send(HttpRequest.newBuilder(
                system.command("/api/audit/records/" + application + "/case")).header("Authorization", "Bearer " + auditor).GET());
        assertThat(exported.statusCode()).as(exported.body()).isEqualTo(200);
        return Files.writeString(file, exported.body());
    }

    /** The offline verifier's command line, as {@code ./greenledger verify --key log.vkey case.json} runs it. */
    private static String verify(Path key, Path exported) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Verify.run(new String[]{"--key", key.toString(), exported.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(printed).isEqualTo(printed.startsWith("VERIFIED") ? 0 : 1);
        return printed;
    }

    private static JsonNode selfCheck(RunningSystem system, String auditor) throws Exception {
        HttpResponse<String> ran = system.send(HttpRequest.newBuilder(system.command("/api/audit/log/self-check"))
                .header("Authorization", "Bearer " + auditor).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(ran.statusCode()).as(ran.body()).isEqualTo(200);
        return JSON.readTree(ran.body());
    }

    private static int indexOfType(List<Document> events, String type) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).getString("type").endsWith(type)) {
                return i;
            }
        }
        throw new AssertionError("no " + type + " in the commit");
    }
}
