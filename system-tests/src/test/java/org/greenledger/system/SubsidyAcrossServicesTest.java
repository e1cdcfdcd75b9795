package org.greenledger.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenledger.system.Enterprises.newUscc;
import static org.greenledger.system.Enterprises.registration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.platform.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's subsidy walk over real HTTP through both services against the embedded store: a
 * programme opened, an application taken through completeness check, three expert scores and
 * approval; the programme ledger and the decision record on the query side agree with what the
 * command side decided; with the clock moved past the notice, the deadline grants it, and the
 * tranches, the acceptance check and the final tranche follow; an over-budget approval and an
 * illegal step are refused with problem+json and leave nothing in the store.
 */
class SubsidyAcrossServicesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static RunningSystem system;
    private static String official;

    @BeforeAll
    static void start() {
        system = RunningSystem.start(Map.of("greenledger.subsidy.deadline-poll", "200ms"));
        official = system.token(Role.OFFICIAL, "official-zhang");
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @Test
    void an_application_approved_on_the_command_side_reads_back_as_ledger_and_decision_record() throws Exception {
        String programme = id(created(post(system.command("/api/subsidy/programmes"), official, programme("10000000"))));
        Uscc applicant = registered();
        String application = reviewedApplication(programme, applicant);

        HttpResponse<String> approved = ok(post(system.command("/api/subsidy/applications/" + application + "/approval"),
                official, "{\"reasons\": [\"专家评审通过\"]}"));
        String position = approved.headers().firstValue("X-Position").orElseThrow();

        JsonNode ledger = read(get(system.query("/api/subsidy/programmes/" + programme), official, position));
        assertThat(ledger.path("budget").asText()).isEqualTo("10000000.00");
        assertThat(ledger.path("reserved").asText()).isEqualTo("2501000.00");
        assertThat(ledger.path("remaining").asText()).isEqualTo("7499000.00");
        JsonNode decision = read(get(system.query("/api/subsidy/applications/" + application + "/decision"),
                system.token(Role.ENTERPRISE, applicant.value()), position));
        assertThat(decision.path("outcome").asText()).isEqualTo("APPROVED");
        assertThat(decision.path("amount").asText()).isEqualTo(ledger.path("reserved").asText());
        assertThat(decision.path("computed").path("binding").asText()).isEqualTo("RATE_PER_TCE");
        assertThat(decision.path("computed").path("terms").get(3).path("amount").asText())
                .as("the remaining-budget term is what the ledger had before").isEqualTo("10000000.00");
        assertThat(decision.path("ruleSet").path("version").asInt()).isEqualTo(1);
        assertThat(decision.path("facts").path("registered").asBoolean()).isTrue();
        assertThat(decision.path("decidedBy").asText()).isEqualTo("official-zhang");
        JsonNode record = read(get(system.query("/api/subsidy/applications/" + application),
                system.token(Role.ENTERPRISE, applicant.value()), position));
        assertThat(record.path("summary").path("status").asText()).isEqualTo("APPROVED");
        assertThat(record.path("reviews")).isEmpty();
        assertThat(record.path("timeline").size()).isEqualTo(9);
        JsonNode rerun = read(get(system.query("/api/audit/decisions/" + application + "/rerun"),
                system.token(Role.AUDITOR, "auditor-li"), position));
        assertThat(rerun.path("match").asBoolean()).as(rerun.toString()).isTrue();
        assertThat(rerun.path("lines").findValuesAsText("name")).contains("RATE_PER_TCE", "computed amount", "NOT_TWO_HIGH");
    }

    @Test
    void the_whole_way_to_the_final_tranche_with_the_ledger_matching_at_every_step() throws Exception {
        String programme = id(created(post(system.command("/api/subsidy/programmes"), official, programme("10000000"))));
        Uscc applicant = registered();
        String application = reviewedApplication(programme, applicant);
        String at = "/api/subsidy/applications/" + application;
        ok(post(system.command(at + "/approval"), official, "{\"reasons\": [\"专家评审通过\"]}"));

        system.moveClock(Duration.ofDays(8));
        JsonNode granted = awaitStatus(application, "GRANTED");
        assertThat(granted.path("timeline").findValuesAsText("by")).contains("notice-deadline");
        ok(post(system.command(at + "/disbursements"), official, "{\"tranche\": 0, \"paymentReference\": \"PAY-1\"}"));
        ok(post(system.command(at + "/acceptance-check"), official,
                "{\"verifiedSavingTce\": 1000, \"passed\": true, \"reportReference\": \"YS-2026-031\"}"));
        String last = ok(post(system.command(at + "/disbursements"), official,
                "{\"tranche\": 1, \"paymentReference\": \"PAY-2\"}")).headers().firstValue("X-Position").orElseThrow();

        JsonNode ledger = read(get(system.query("/api/subsidy/programmes/" + programme), official, last));
        assertThat(ledger.path("reserved").asText()).isEqualTo("0.00");
        assertThat(ledger.path("granted").asText()).isEqualTo("2000000.00");
        assertThat(ledger.path("disbursed").asText()).isEqualTo("2000000.00");
        assertThat(ledger.path("remaining").asText()).isEqualTo("8000000.00");
        JsonNode record = read(get(system.query(at), official, last));
        assertThat(record.path("summary").path("status").asText()).isEqualTo("CLOSED");
        assertThat(record.path("timeline").findValuesAsText("event")).endsWith("ApplicationGranted", "TrancheDisbursed",
                "AcceptancePassed", "TrancheDisbursed", "ApplicationClosed");
        JsonNode decision = read(get(system.query(at + "/decision"), official, last));
        assertThat(decision.path("amount").asText()).isEqualTo("2501000.00");
    }

    private JsonNode awaitStatus(String application, String status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        JsonNode record = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = system.send(HttpRequest.newBuilder(system.query("/api/subsidy/applications/"
                    + application)).header("Authorization", "Bearer " + official).GET());
            record = JSON.readTree(response.body());
            if (status.equals(record.path("summary").path("status").asText())) {
                return record;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Application " + application + " did not become " + status + ": " + record);
    }

    @Test
    void an_over_budget_approval_and_an_illegal_step_are_refused_and_store_nothing() throws Exception {
        String programme = id(created(post(system.command("/api/subsidy/programmes"), official, programme("2501000"))));
        String first = reviewedApplication(programme, registered());
        ok(post(system.command("/api/subsidy/applications/" + first + "/approval"), official, "{\"reasons\": [\"通过\"]}"));
        String second = reviewedApplication(programme, registered());
        long before = storedCommits();

        HttpResponse<String> overBudget = system.send(post(system.command("/api/subsidy/applications/" + second
                + "/approval"), official, "{\"reasons\": [\"通过\"]}"));
        HttpResponse<String> illegal = system.send(post(system.command("/api/subsidy/applications/" + first
                + "/rejection"), official, "{\"reasons\": [\"改判\"]}"));

        assertThat(overBudget.statusCode()).isEqualTo(422);
        assertThat(overBudget.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(JSON.readTree(overBudget.body()).path("code").asText()).isEqualTo("subsidy.nothing-to-grant");
        assertThat(illegal.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(illegal.body()).path("code").asText()).isEqualTo("subsidy.illegal-transition");
        assertThat(storedCommits()).isEqualTo(before);
    }

    private String reviewedApplication(String programme, Uscc applicant) throws Exception {
        String enterprise = system.token(Role.ENTERPRISE, applicant.value());
        String application = id(created(post(system.command("/api/subsidy/applications"), enterprise, """
                {"programmeId": "%s", "name": "高炉煤气余热发电改造", "description": "以余热发电替代外购电",
                 "eligibleInvestmentYuan": 20000000, "annualSavingTce": 1250.5, "co2ReductionTonnes": 3120.25,
                 "category": "ENERGY_SAVING_RETROFIT", "documents": ["可研报告 FS-2026-017"]}""".formatted(programme))));
        String at = "/api/subsidy/applications/" + application;
        ok(post(system.command(at + "/submission"), enterprise, ""));
        ok(post(system.command(at + "/acceptance"), official, ""));
        List<String> experts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String expert = "expert-" + applicant.value().substring(10) + "-" + i;
            created(post(system.command("/api/subsidy/experts"), official,
                    "{\"expertId\": \"%s\", \"name\": \"专家\", \"affiliations\": []}".formatted(expert)));
            experts.add(expert);
        }
        ok(post(system.command(at + "/experts"), official, "{\"experts\": [\"" + String.join("\", \"", experts) + "\"]}"));
        for (String expert : experts) {
            ok(post(system.command(at + "/scores"), system.token(Role.EXPERT, expert),
                    "{\"scores\": [{\"criterion\": \"节能效果\", \"points\": 85}], \"comment\": \"可行\"}"));
        }
        return application;
    }

    private static Uscc registered() {
        Uscc uscc = newUscc();
        HttpResponse<String> registered = system.send(post(system.command("/api/enterprises"), official,
                registration(uscc, "Baoshan Steel Works " + uscc.value())));
        assertThat(registered.statusCode()).isEqualTo(201);
        return uscc;
    }

    static String programme(String budgetYuan) {
        return """
                {"year": %d, "direction": "ENERGY_SAVING_RETROFIT", "title": "节能技术改造专项", "opensOn": "%s",
                 "closesOn": "%s", "budgetYuan": %s, "noticeDays": 7,
                 "tranches": [{"sharePercent": 60, "release": "ON_GRANT"}, {"sharePercent": 40, "release": "ON_ACCEPTANCE"}],
                 "eligibility": {"twoHighExcluded": true},
                 "amounts": {"ratePerTceYuan": 2000, "investmentSharePercent": 30, "capPerProjectYuan": 10000000}}"""
                .formatted(TODAY.getYear(), TODAY.minusDays(1), TODAY.plusDays(30), budgetYuan);
    }

    private static HttpResponse<String> created(HttpRequest.Builder request) {
        HttpResponse<String> response = system.send(request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response;
    }

    private static HttpResponse<String> ok(HttpRequest.Builder request) {
        HttpResponse<String> response = system.send(request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static JsonNode read(HttpRequest.Builder request) throws Exception {
        return JSON.readTree(ok(request).body());
    }

    private static String id(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body()).path("id").asText();
    }

    private static HttpRequest.Builder post(URI uri, String token, String json) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(json));
    }

    private static HttpRequest.Builder get(URI uri, String token, String minPosition) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).header("X-Min-Position", minPosition)
                .GET();
    }

    private static long storedCommits() {
        try (MongoClient client = system.storeClient()) {
            return system.store(client).getCollection("commits").countDocuments(new Document("tombstone",
                    new Document("$ne", true)));
        }
    }
}
