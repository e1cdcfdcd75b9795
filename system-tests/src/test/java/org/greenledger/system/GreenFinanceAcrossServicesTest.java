package org.greenledger.system;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.greenledger.system.Enterprises.newUscc;
import static org.greenledger.system.Enterprises.registration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.platform.query.ProcessorPositions;
import org.greenledger.platform.security.Role;
import org.greenledger.query.ReadModelChecksums;
import org.greenledger.query.ReadModelRebuilds;
import org.greenledger.query.Rebuild;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 7's "done when", over real HTTP through both services against the embedded store: a listed
 * enterprise grants a bank consent; the bank checks eligibility and verifies the attestation offline
 * with the published keys (jose4j, not our code); the bank records a loan; the enterprise applies for
 * an interest subsidy on it and the approved amount follows the loan; the enterprise is removed from
 * the green list and the bank is told in its feed and by webhook; a revoked consent refuses the
 * bank's very next read. Then every read model of the query side is rebuilt from the whole log to the
 * same checksum, and the funding decision's case verifies offline until its stored event is edited by
 * hand ({@link TamperedCase}).
 */
class GreenFinanceAcrossServicesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final List<String> WEBHOOKS = new CopyOnWriteArrayList<>();
    private static RunningSystem system;
    private static HttpServer receiver;
    private static String official;
    private static String bank;

    @BeforeAll
    static void start() throws Exception {
        system = RunningSystem.start(Map.of("greenledger.webhooks.poll-interval", "100ms"));
        official = system.token(Role.OFFICIAL, "official-zhang");
        bank = system.token(Role.BANK, "icbc-sh");
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            WEBHOOKS.add(exchange.getRequestHeaders().getFirst("webhook-id") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stop() {
        receiver.stop(0);
        system.close();
    }

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path caseFolder;

    @Test
    void consent_check_attestation_loan_interest_subsidy_delisting_notice_and_revocation() throws Exception {
        Uscc steel = newUscc();
        String enterprise = system.token(Role.ENTERPRISE, steel.value());
        send(post(system.command("/api/enterprises"), official, registration(steel, "宝山钢铁示范厂")), 201);
        String entry = JSON.readTree(send(post(system.command("/api/greenlist/entries"), official, """
                {"category": "GREEN_FACTORY", "level": "MUNICIPAL", "batch": "%d-1", "uscc": "%s"}"""
                .formatted(TODAY.getYear(), steel)), 201).body()).path("entryId").asText();
        send(post(system.command("/api/greenlist/entries/" + entry + "/evaluation"), official,
                "{\"score\": 88, \"evaluator\": \"上海节能中心\", \"reportReference\": \"PJ-1\"}"), 200);
        send(post(system.command("/api/greenlist/entries/" + entry + "/listing"), official,
                "{\"effectiveFrom\": \"%s\", \"decisionReference\": \"沪经信节〔2026〕1号\"}".formatted(TODAY)), 200);

        HttpResponse<String> granted = send(post(system.command("/api/greenfinance/consents"), enterprise, """
                {"bankId": "icbc-sh", "scopes": ["GREEN_LIST_STATUS", "SUBSIDY_HISTORY", "DISHONESTY_FLAG",
                 "ENERGY_AUDIT_STATUS", "CREDIT_REQUESTS"], "validFrom": "%s", "validUntil": "%s", "purpose": "绿色贷款审查"}"""
                .formatted(TODAY, TODAY.plusMonths(6))), 201);
        String consent = id(granted);

        JsonNode check = read(get(system.query("/api/greenfinance/enterprises/" + steel + "/eligibility?category=1.2"), bank,
                position(granted)));
        assertThat(check.path("criteria").findValuesAsText("criterion")).contains("ON_GREEN_LIST", "CATEGORY_IN_CATALOGUE");
        assertThat(check.path("criteria").get(1).path("met").asBoolean()).isTrue();
        String keys = system.send(HttpRequest.newBuilder(system.query("/api/greenfinance/attestation-keys")).GET()).body();
        JwtClaims claims = verify(check.at("/attestation/jws").asText(), keys, "icbc-sh");
        assertThat(claims.getSubject()).isEqualTo(steel.value());
        assertThat(Instant.parse(((Map<?, ?>) claims.getClaimsMap()).get("validUntil").toString())).isAfter(Instant.now());
        assertThat(catching(() -> verify(check.at("/attestation/jws").asText(), keys, "boc-sh")))
                .isInstanceOf(InvalidJwtException.class);

        send(put(system.command("/api/greenfinance/webhook"), bank,
                "{\"url\": \"http://127.0.0.1:%d/hook\"}".formatted(receiver.getAddress().getPort())), 200);
        String request = id(send(post(system.command("/api/greenfinance/credit-requests"), enterprise,
                "{\"bankId\": \"icbc-sh\", \"amount\": 5000000, \"purpose\": \"高炉余热回收改造\", \"category\": \"1.2\"}"), 201));
        send(post(system.command("/api/greenfinance/credit-requests/" + request + "/approval"), bank,
                "{\"loanId\": \"ICBC-2026-88\", \"amount\": 5000000, \"rate\": 3.1, \"termMonths\": 36}"), 200);

        String programme = id(send(post(system.command("/api/subsidy/programmes"), official, """
                {"year": %d, "direction": "INTEREST_SUBSIDY", "title": "绿色贷款贴息", "opensOn": "%s", "closesOn": "%s",
                 "budgetYuan": 10000000, "noticeDays": 7, "tranches": [{"sharePercent": 100, "release": "ON_GRANT"}],
                 "eligibility": {"greenListRequired": true}, "amounts": {"capPerProjectYuan": 1000000},
                 "interest": {"basis": "SHARE_OF_INTEREST", "sharePercent": 50}}"""
                .formatted(TODAY.getYear(), TODAY.minusDays(1), TODAY.plusDays(30))), 201));
        String application = id(send(post(system.command("/api/subsidy/applications"), enterprise, """
                {"programmeId": "%s", "name": "高炉余热回收改造贷款贴息", "description": "工行绿色贷款贴息",
                 "eligibleInvestmentYuan": 8000000, "annualSavingTce": 1200, "co2ReductionTonnes": 3000,
                 "category": "ENERGY_SAVING_RETROFIT", "documents": ["借款合同 ICBC-2026-88"]}""".formatted(programme)), 201));
        String at = "/api/subsidy/applications/" + application;
        send(put(system.command(at + "/loan"), enterprise, "{\"creditRequestId\": \"" + request + "\"}"), 200);
        send(post(system.command(at + "/submission"), enterprise, ""), 200);
        send(post(system.command(at + "/acceptance"), official, ""), 200);
        List<String> experts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String expert = "expert-gf-" + steel.value().substring(10) + "-" + i;
            send(post(system.command("/api/subsidy/experts"), official,
                    "{\"expertId\": \"%s\", \"name\": \"专家\", \"affiliations\": []}".formatted(expert)), 201);
            experts.add(expert);
        }
        send(post(system.command(at + "/experts"), official, "{\"experts\": [\"" + String.join("\", \"", experts) + "\"]}"),
                200);
        for (String expert : experts) {
            send(post(system.command(at + "/scores"), system.token(Role.EXPERT, expert),
                    "{\"scores\": [{\"criterion\": \"贷款用途\", \"points\": 90}], \"comment\": \"符合\"}"), 200);
        }
        HttpResponse<String> approved = send(post(system.command(at + "/approval"), official,
                "{\"reasons\": [\"贴息审核通过\"]}"), 200);
        JsonNode decision = read(get(system.query(at + "/decision"), official, position(approved)));
        assertThat(decision.path("computed").path("policy").asText()).isEqualTo("interest-v1");
        assertThat(decision.path("amount").asText()).isEqualTo("232500.00");
        String auditor = system.token(Role.AUDITOR, "auditor-li");
        JsonNode rerun = read(get(system.query("/api/audit/decisions/" + application + "/rerun"), auditor, position(approved)));
        assertThat(rerun.path("match").asBoolean()).as(rerun.toString()).isTrue();
        assertThat(rerun.path("policies").toString()).contains("eligibility-v1", "interest-v1");
        JsonNode checkRerun = read(get(system.query("/api/audit/eligibility-checks/" + check.at("/attestation/id").asText()
                + "/rerun"), auditor, position(approved)));
        assertThat(checkRerun.path("match").asBoolean()).as(checkRerun.toString()).isTrue();

        HttpResponse<String> removed = send(post(system.command("/api/greenlist/entries/" + entry + "/removal"), official, """
                {"reason": "FALSIFIED_DATA", "explanation": "申报数据造假", "effectiveFrom": "%s",
                 "decisionReference": "沪经信节〔2026〕9号"}""".formatted(TODAY)), 200);
        JsonNode feed = read(get(system.query("/api/greenfinance/notifications"), bank, position(removed)));
        assertThat(feed.path("items").size()).isEqualTo(1);
        JsonNode notice = feed.path("items").get(0);
        assertThat(notice.path("enterprise").asText()).isEqualTo(steel.value());
        assertThat(notice.path("because").toString()).contains("CONSENT", "LOAN");
        awaitWebhook(notice.path("id").asText());
        JsonNode timeline = read(get(system.query(at), official, position(removed))).path("timeline");
        assertThat(timeline.findValuesAsText("event")).contains("LoanNamed");

        send(get(system.query("/api/greenfinance/enterprises/" + steel + "/green-record"), bank, "0"), 200);
        send(post(system.command("/api/greenfinance/consents/" + consent + "/revocation"), enterprise,
                "{\"reason\": \"贷款已审批\"}"), 200);
        HttpResponse<String> refused = system.send(HttpRequest.newBuilder(system.query("/api/greenfinance/enterprises/"
                + steel + "/green-record")).header("Authorization", "Bearer " + bank).GET());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(JSON.readTree(refused.body()).path("code").asText()).isEqualTo("greenfinance.no-live-consent");

        everyReadModelRebuildsToTheSameChecksum();
        TamperedCase.walk(system, application, caseFolder);
    }

    /**
     * After the walk every flow has left documents in the query side's read models: rebuild every one
     * from the whole log while the service runs, and each read model's checksum is what it was, both as
     * each rebuild compared them at its switch and as an auditor asks for them afterwards.
     */
    private void everyReadModelRebuildsToTheSameChecksum() throws Exception {
        ConfigurableApplicationContext query = system.queryContext();
        EventProcessingConfiguration processing = query.getBean(EventProcessingConfiguration.class);
        ReadModelChecksums checksums = query.getBean(ReadModelChecksums.class);
        ReadModelRebuilds rebuilds = query.getBean(ReadModelRebuilds.class);
        awaitCaughtUp(query);
        List<ReadModelChecksums.Checksum> before = checksums.all();
        assertThat(before).extracting(ReadModelChecksums.Checksum::processingGroup)
                .as("every processor of the query side declares its read model")
                .containsExactlyInAnyOrderElementsOf(processing.eventProcessors().keySet());
        assertThat(before).allMatch(checksum -> checksum.documents() > 0, "every read model holds something after the walk");

        List<Rebuild> started = rebuilds.start(ReadModelRebuilds.ALL);
        assertThat(started).hasSameSizeAs(before);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<Rebuild> finished = new ArrayList<>();
        for (Rebuild rebuild : started) {
            Rebuild now = rebuilds.find(rebuild.id()).orElseThrow();
            while (now.state() != Rebuild.State.DONE && now.state() != Rebuild.State.FAILED && System.nanoTime() < deadline) {
                Thread.sleep(50);
                now = rebuilds.find(rebuild.id()).orElseThrow();
            }
            finished.add(now);
        }
        assertThat(finished).allSatisfy(rebuild -> {
            assertThat(rebuild.state()).as(rebuild.processingGroup() + ": " + rebuild.reason()).isEqualTo(Rebuild.State.DONE);
            assertThat(rebuild.checksumAfter()).as(rebuild.processingGroup()).isEqualTo(rebuild.checksumBefore());
        });
        awaitCaughtUp(query);

        assertThat(checksums.all()).containsExactlyElementsOf(before);
    }

    private static void awaitCaughtUp(ConfigurableApplicationContext query) throws InterruptedException {
        TrackingToken head = query.getBean(EventStore.class).createHeadToken();
        query.getBean(ProcessorPositions.class).awaitEveryProcessor(head, Duration.ofSeconds(60), Duration.ofMillis(20),
                "The replay");
    }

    private static JwtClaims verify(String jws, String keys, String audience) throws Exception {
        return new JwtConsumerBuilder()
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.EDDSA)
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(keys).getJsonWebKeys()))
                .setExpectedType(true, "vc+jwt")
                .setExpectedIssuer("https://greenledger.example/greenfinance")
                .setExpectedAudience(audience)
                .setRequireExpirationTime()
                .build()
                .processToClaims(jws);
    }

    private static Throwable catching(ThrowingCall call) {
        try {
            call.run();
            return null;
        } catch (Throwable thrown) {
            return thrown;
        }
    }

    interface ThrowingCall {
        void run() throws Exception;
    }

    private static void awaitWebhook(String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (WEBHOOKS.stream().noneMatch(delivery -> delivery.startsWith(id + " ")) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(WEBHOOKS).anyMatch(delivery -> delivery.startsWith(id + " "));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, int status) {
        HttpResponse<String> response = system.send(request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response;
    }

    private static JsonNode read(HttpRequest.Builder request) throws Exception {
        return JSON.readTree(send(request, 200).body());
    }

    private static String id(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body()).path("id").asText();
    }

    private static String position(HttpResponse<String> response) {
        return response.headers().firstValue("X-Position").orElseThrow();
    }

    private static HttpRequest.Builder post(URI uri, String token, String json) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(json));
    }

    private static HttpRequest.Builder put(URI uri, String token, String json) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").PUT(BodyPublishers.ofString(json));
    }

    private static HttpRequest.Builder get(URI uri, String token, String minPosition) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).header("X-Min-Position", minPosition)
                .GET();
    }
}
