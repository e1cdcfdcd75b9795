package org.greenledger.devtools;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevtoolsTest {

    static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");

    @TempDir
    Path data;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(Map<String, String> env, String... args) {
        return Devtools.run(args, env, Clock.fixed(NOW, ZoneOffset.UTC),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    int run(String... args) {
        return run(Map.of(), args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void no_arguments_print_the_usage_and_exit_2() {
        assertThat(run()).isEqualTo(2);
        assertThat(err()).contains("Usage: devtools");
    }

    @Test
    void an_unknown_command_is_named_and_exits_2() {
        assertThat(run("serve")).isEqualTo(2);
        assertThat(err()).contains("Unknown command 'serve'").contains("Usage: devtools");
    }

    @Test
    void a_token_is_printed_alone_and_signed_with_the_key_in_the_data_folder() throws Exception {
        int status = run("token", "Official", "wang.li", "--data", data.toString(), "--ttl", "30m");

        assertThat(status).isZero();
        SignedJWT token = SignedJWT.parse(out().strip());
        RSAKey key = RSAKey.parse(Files.readString(data.resolve("dev-signing-key.json")));
        assertThat(token.verify(new RSASSAVerifier(key.toRSAPublicKey()))).isTrue();
        assertThat(token.getJWTClaimsSet().getSubject()).isEqualTo("wang.li");
        assertThat(token.getJWTClaimsSet().getStringClaim("role")).isEqualTo("OFFICIAL");
        assertThat(token.getJWTClaimsSet().getExpirationTime().toInstant()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
        assertThat(out().lines()).hasSize(1);
    }

    @Test
    void the_data_folder_defaults_to_greenledger_data() {
        int status = run(Map.of("GREENLEDGER_DATA", data.toString()), "token", "auditor");

        assertThat(status).isZero();
        assertThat(data.resolve("dev-signing-key.json")).exists();
    }

    @Test
    void a_wrong_uscc_prints_the_rule_it_breaks_and_exits_2() {
        int status = run("token", "enterprise", "91110000MA01ABCD53", "--data", data.toString());

        assertThat(status).isEqualTo(2);
        assertThat(out()).isEmpty();
        assertThat(err()).contains("Not a valid USCC").contains("Character 18").contains("uscc.check-character");
    }

    @Test
    void an_enterprise_or_bank_without_its_id_exits_2() {
        assertThat(run("token", "enterprise", "--data", data.toString())).isEqualTo(2);
        assertThat(run("token", "bank", "--data", data.toString())).isEqualTo(2);
        assertThat(err()).contains("needs the enterprise's USCC").contains("needs the bank's id");
        assertThat(out()).isEmpty();
    }

    @Test
    void an_unknown_role_lists_the_roles_and_exits_2() {
        assertThat(run("token", "mayor", "--data", data.toString())).isEqualTo(2);
        assertThat(err()).contains("Unknown role 'mayor'; one of: enterprise, official, expert, bank, auditor.");
    }

    @Test
    void bad_options_exit_2() {
        assertThat(run("token", "official", "--ttl", "soon", "--data", data.toString())).isEqualTo(2);
        assertThat(run("token", "official", "--port", "1")).isEqualTo(2);
        assertThat(run("mongo", "--port", "70000")).isEqualTo(2);
        assertThat(run("token", "official", "--ttl")).isEqualTo(2);
        assertThat(err()).contains("--ttl takes a lifetime").contains("Unknown option --port")
                .contains("--port takes a number").contains("Option --ttl needs a value");
    }

    @Test
    void lifetimes_read_short_and_iso_forms() throws Exception {
        assertThat(Devtools.lifetime("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Devtools.lifetime("8h")).isEqualTo(Duration.ofHours(8));
        assertThat(Devtools.lifetime("2d")).isEqualTo(Duration.ofDays(2));
        assertThat(Devtools.lifetime("PT45M")).isEqualTo(Duration.ofMinutes(45));
    }

    @Test
    void db_update_changes_one_document_by_hand_and_db_find_shows_it() {
        de.bwaldvogel.mongo.MongoServer server = new de.bwaldvogel.mongo.MongoServer(
                de.bwaldvogel.mongo.backend.h2.H2Backend.inMemory());
        java.net.InetSocketAddress address = server.bind();
        String uri = "mongodb://" + address.getHostString() + ":" + address.getPort() + "/greenledger";
        try (com.mongodb.client.MongoClient client = com.mongodb.client.MongoClients.create(uri)) {
            var commits = client.getDatabase("greenledger").getCollection("commits");
            commits.insertOne(new org.bson.Document("_id", 12L).append("events", java.util.List.of(
                    new org.bson.Document("payload", "{\"amount\":100}"))));

            int status = run(Map.of("MONGODB_URI", uri), "db-update", "commits", "{\"_id\": 12}",
                    "{\"$set\": {\"events.0.payload\": \"{\\\"amount\\\":900}\"}}");

            assertThat(status).as(err()).isZero();
            assertThat(out()).contains("matched 1, modified 1");
            assertThat(commits.find().first().getList("events", org.bson.Document.class).get(0).getString("payload"))
                    .isEqualTo("{\"amount\":900}");
            assertThat(run("db-update", "commits", "{\"_id\": 13}", "{\"$set\": {\"x\": 1}}", "--uri", uri)).isEqualTo(1);
            out.reset();
            assertThat(run("db-find", "commits", "{\"_id\": 12}", "--uri", uri)).isZero();
            assertThat(out()).startsWith("{\"_id\": 12,").contains("amount\\\":900");
            assertThat(run("db-update", "commits", "not json", "{}", "--uri", uri)).isEqualTo(2);
            assertThat(err()).contains("FILTER is a MongoDB extended JSON document");
        } finally {
            server.shutdownNow();
        }
    }
}
