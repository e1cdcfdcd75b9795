package org.greenledger.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenledger.system.Enterprises.newUscc;
import static org.greenledger.system.Enterprises.registration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import org.bson.Document;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.platform.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The README's first walk, over real HTTP through both services against the embedded store:
 * register on 8081, read your own write on 8082, and the refusals a newcomer meets on the way.
 */
class EnterpriseRegistryAcrossServicesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.start();
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @Nested
    class Registering {

        @Test
        void an_official_registers_an_enterprise_and_reads_it_back_at_the_position_it_was_given() throws Exception {
            Uscc uscc = newUscc();

            HttpResponse<String> registered = register(system.token(Role.OFFICIAL, "official-1"), uscc);
            assertThat(registered.statusCode()).isEqualTo(201);
            String position = registered.headers().firstValue("X-Position").orElseThrow();

            HttpResponse<String> profile = system.send(get(system.query("/api/enterprises/" + uscc),
                    system.token(Role.OFFICIAL, "official-1")).header("X-Min-Position", position));

            assertThat(profile.statusCode()).isEqualTo(200);
            JsonNode body = JSON.readTree(profile.body());
            assertThat(body.path("uscc").asText()).isEqualTo(uscc.value());
            assertThat(body.path("name").asText()).isEqualTo("Baoshan Steel Works " + uscc.value());
            assertThat(body.path("districtName").asText()).isEqualTo("浦东新区");
            assertThat(body.path("keyEnergyUser").asBoolean()).isTrue();
            assertThat(body.path("position").asLong()).isGreaterThanOrEqualTo(Long.parseLong(position));
        }

        @Test
        void an_enterprise_registers_itself_and_only_it_sees_its_profile() throws Exception {
            Uscc uscc = newUscc();
            String own = system.token(Role.ENTERPRISE, uscc.value());

            HttpResponse<String> registered = register(own, uscc);
            assertThat(registered.statusCode()).isEqualTo(201);
            String position = registered.headers().firstValue("X-Position").orElseThrow();

            assertThat(system.send(get(system.query("/api/enterprises/" + uscc), own)
                    .header("X-Min-Position", position)).statusCode()).isEqualTo(200);
            String other = system.token(Role.ENTERPRISE, newUscc().value());
            HttpResponse<String> refused = system.send(get(system.query("/api/enterprises/" + uscc), other));
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }

        @Test
        void an_enterprise_cannot_register_another_enterprise() {
            HttpResponse<String> refused = register(system.token(Role.ENTERPRISE, newUscc().value()), newUscc());

            assertThat(refused.statusCode()).isEqualTo(403);
        }

        @Test
        void a_wrong_uscc_is_a_400_that_names_the_field_and_the_rule_and_stores_nothing() throws Exception {
            long before = storedCommits();

            HttpResponse<String> refused = system.send(post(system.command("/api/enterprises"),
                    system.token(Role.OFFICIAL, "official-1"), registration(Uscc.of("91350100M000100Y43"), "x")
                            .replace("91350100M000100Y43", "91350100M000100Y44")));

            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(refused.body());
            assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("uscc");
            assertThat(problem.path("errors").get(0).path("code").asText()).isEqualTo("uscc.check-character");
            assertThat(problem.path("detail").asText() + problem.path("errors").get(0).path("detail").asText())
                    .contains("check character");
            assertThat(storedCommits()).isEqualTo(before);
        }

        @Test
        void registering_an_existing_uscc_is_a_conflict_that_stores_nothing() throws Exception {
            Uscc uscc = newUscc();
            String official = system.token(Role.OFFICIAL, "official-1");
            assertThat(register(official, uscc).statusCode()).isEqualTo(201);
            long before = storedCommits();

            HttpResponse<String> again = register(official, uscc);

            assertThat(again.statusCode()).isEqualTo(409);
            assertThat(JSON.readTree(again.body()).path("code").asText()).isEqualTo("enterprise.already-registered");
            assertThat(storedCommits()).isEqualTo(before);
        }
    }

    @Nested
    class Conventions {

        @Test
        void a_repeated_idempotency_key_returns_the_first_answer_and_appends_nothing() throws Exception {
            Uscc uscc = newUscc();
            String official = system.token(Role.OFFICIAL, "official-1");
            HttpResponse<String> first = system.send(post(system.command("/api/enterprises"), official,
                    registration(uscc, "Baoshan Steel Works " + uscc)).header("Idempotency-Key", "register-" + uscc));
            long after = storedCommits();

            HttpResponse<String> repeat = system.send(post(system.command("/api/enterprises"), official,
                    registration(uscc, "Baoshan Steel Works " + uscc)).header("Idempotency-Key", "register-" + uscc));
            HttpResponse<String> otherBody = system.send(post(system.command("/api/enterprises"), official,
                    registration(uscc, "Another name")).header("Idempotency-Key", "register-" + uscc));

            assertThat(first.statusCode()).isEqualTo(201);
            assertThat(repeat.statusCode()).isEqualTo(201);
            assertThat(repeat.body()).isEqualTo(first.body());
            assertThat(otherBody.statusCode()).isEqualTo(422);
            assertThat(storedCommits()).isEqualTo(after);
        }

        @Test
        void every_event_carries_who_in_which_role_and_the_correlation_causation_and_request_ids() throws Exception {
            Uscc uscc = newUscc();
            HttpResponse<String> registered = system.send(post(system.command("/api/enterprises"),
                    system.token(Role.OFFICIAL, "official-7"), registration(uscc, "Baoshan Steel Works " + uscc))
                    .header("X-Correlation-Id", "walk-" + uscc));
            assertThat(registered.headers().firstValue("X-Correlation-Id")).hasValue("walk-" + uscc);

            try (MongoClient client = system.storeClient()) {
                Document commit = system.store(client).getCollection("commits")
                        .find(new Document("keys", uscc.value() + "#0")).first();
                assertThat(commit).as("the registration's commit").isNotNull();
                Document event = commit.getList("events", Document.class).get(0);
                JsonNode metadata = JSON.readTree(event.getString("meta"));
                assertThat(metadata.path("subject").asText()).isEqualTo("official-7");
                assertThat(metadata.path("role").asText()).isEqualTo("OFFICIAL");
                assertThat(metadata.path("correlationId").asText()).isEqualTo("walk-" + uscc);
                assertThat(metadata.path("requestId").asText()).isNotBlank();
                assertThat(metadata.path("causationId").asText()).isNotBlank();
            }
        }

        @ParameterizedTest
        @EnumSource(Service.class)
        void an_unsigned_or_foreign_token_is_a_401_problem_on_both_services(Service service) {
            String unsigned = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwicm9sZSI6Ik9GRklDSUFMIn0.";
            for (String token : List.of(unsigned, "not-a-token")) {
                HttpResponse<String> refused = system.send(get(service.uri(system, "/api/enterprises"), token));
                assertThat(refused.statusCode()).as(token).isEqualTo(401);
                assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
                        .startsWith("application/problem+json");
            }
            assertThat(system.send(HttpRequest.newBuilder(service.uri(system, "/api/enterprises")).GET())
                    .statusCode()).isEqualTo(401);
        }

        @ParameterizedTest
        @EnumSource(Service.class)
        void health_and_api_docs_are_open(Service service) {
            assertThat(system.send(HttpRequest.newBuilder(service.uri(system, "/actuator/health")).GET())
                    .statusCode()).isEqualTo(200);
            assertThat(system.send(HttpRequest.newBuilder(service.uri(system, "/v3/api-docs")).GET())
                    .statusCode()).isEqualTo(200);
        }
    }

    @Nested
    class WhoMayRead {

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"OFFICIAL", "AUDITOR"})
        void officials_and_auditors_search_the_register(Role role) {
            assertThat(system.send(get(system.query("/api/enterprises?divisionCode=310115&size=5"),
                    system.token(role, null))).statusCode()).isEqualTo(200);
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"EXPERT", "BANK"})
        void experts_and_banks_read_no_profiles(Role role) {
            Uscc uscc = newUscc();
            register(system.token(Role.OFFICIAL, "official-1"), uscc);
            String token = system.token(role, role == Role.BANK ? "bank-icbc-sh" : null);

            assertThat(system.send(get(system.query("/api/enterprises/" + uscc), token)).statusCode()).isEqualTo(403);
            assertThat(system.send(get(system.query("/api/enterprises"), token)).statusCode()).isEqualTo(403);
        }
    }

    enum Service {
        COMMAND, QUERY;

        java.net.URI uri(RunningSystem system, String path) {
            return this == COMMAND ? system.command(path) : system.query(path);
        }
    }

    private static HttpResponse<String> register(String token, Uscc uscc) {
        return system.send(post(system.command("/api/enterprises"), token,
                registration(uscc, "Baoshan Steel Works " + uscc)));
    }

    private static HttpRequest.Builder post(java.net.URI uri, String token, String json) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(json));
    }

    private static HttpRequest.Builder get(java.net.URI uri, String token) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).GET();
    }

    private static long storedCommits() {
        try (MongoClient client = system.storeClient()) {
            return system.store(client).getCollection("commits").countDocuments();
        }
    }
}
