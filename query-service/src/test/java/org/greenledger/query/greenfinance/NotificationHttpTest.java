package org.greenledger.query.greenfinance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.greenledger.contracts.greenfinance.ConsentGranted;
import org.greenledger.contracts.greenfinance.ConsentRevoked;
import org.greenledger.contracts.greenfinance.CreditRequested;
import org.greenledger.contracts.greenfinance.LoanApproved;
import org.greenledger.contracts.greenfinance.WebhookRegistered;
import org.greenledger.contracts.greenlist.EntryListed;
import org.greenledger.contracts.greenlist.EntryNominated;
import org.greenledger.contracts.greenlist.EntryRemoved;
import org.greenledger.devtools.DevTokens;
import org.greenledger.eventstore.AppendedPositions;
import org.greenledger.kernel.enterprise.DivisionCode;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenfinance.AnnualRate;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenfinance.ConsentId;
import org.greenledger.kernel.greenfinance.ConsentScope;
import org.greenledger.kernel.greenfinance.CreditRequestId;
import org.greenledger.kernel.greenfinance.LoanId;
import org.greenledger.kernel.greenlist.BatchName;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.greenlist.ListCategory;
import org.greenledger.kernel.greenlist.ListLevel;
import org.greenledger.kernel.greenlist.ListedUnit;
import org.greenledger.kernel.greenlist.RemovalReason;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.platform.messaging.MetaDataKeys;
import org.greenledger.platform.security.DevSigningKey;
import org.greenledger.platform.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The steel works leaves the green list for falsified data. ICBC (live consent, a webhook that fails
 * its first two deliveries) and BOC (an open loan) are told; CCB (revoked consent) is not. A replay
 * of the notifications read model tells nobody twice.
 */
@SpringBootTest(properties = {"greenledger.webhooks.poll-interval=50ms", "greenledger.webhooks.initial-backoff=100ms"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationHttpTest {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();
    private static final Path DATA = createDataFolder();
    private static final RSAKey KEY = DevSigningKey.loadOrCreate(DATA.resolve("dev-signing-key.json"));

    static final Uscc STEEL = Uscc.of("91310113MA1FL4G931");
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final Instant EARLIER = Instant.now().minus(Duration.ofDays(20));
    static final EntryId FACTORY = EntryId.of("30000000-0000-4000-8000-000000000001");
    static final MetaData STEEL_ACTOR = MetaData.with(MetaDataKeys.SUBJECT, STEEL.value()).and(MetaDataKeys.ROLE, "ENTERPRISE");
    static final MetaData OFFICIAL = MetaData.with(MetaDataKeys.SUBJECT, "official-1").and(MetaDataKeys.ROLE, "OFFICIAL");
    static final MetaData ICBC_ACTOR = MetaData.with(MetaDataKeys.SUBJECT, "icbc-sh").and(MetaDataKeys.ROLE, "BANK");

    /** Receives ICBC's webhooks; answers 500 to the first two. */
    static final List<Map<String, String>> RECEIVED = new CopyOnWriteArrayList<>();
    static final AtomicInteger ATTEMPTS = new AtomicInteger();
    static HttpServer receiver;

    @Autowired
    MockMvc http;
    @Autowired
    EventStore events;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    ObjectMapper json;

    long lastPosition;
    long removal;
    final Map<String, Long> sequences = new HashMap<>();

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry properties) {
        properties.add("greenledger.mongodb.uri",
                () -> "mongodb://" + MONGO_ADDRESS.getHostString() + ":" + MONGO_ADDRESS.getPort() + "/notification-test");
        properties.add("greenledger.data", DATA::toString);
    }

    @BeforeAll
    void theRemoval() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int attempt = ATTEMPTS.incrementAndGet();
            if (attempt > 2) {
                RECEIVED.add(Map.of("id", exchange.getRequestHeaders().getFirst("webhook-id"),
                        "timestamp", exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                        "signature", exchange.getRequestHeaders().getFirst("webhook-signature"),
                        "kid", exchange.getRequestHeaders().getFirst("webhook-key-id"), "body", new String(body, UTF_8)));
            }
            exchange.sendResponseHeaders(attempt > 2 ? 204 : 500, -1);
            exchange.close();
        });
        receiver.start();
        URI hook = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");

        publish("BankWebhook", "icbc-sh", new WebhookRegistered(BankId.of("icbc-sh"), hook, EARLIER), ICBC_ACTOR);
        consent("10000000-0000-4000-8000-000000000001", "icbc-sh");
        ConsentId revoked = consent("10000000-0000-4000-8000-000000000002", "ccb-sh");
        publish("Consent", revoked.value(), new ConsentRevoked(revoked, "结清", EARLIER), STEEL_ACTOR);
        CreditRequestId request = CreditRequestId.of("20000000-0000-4000-8000-000000000001");
        publish("CreditRequest", request.value(), new CreditRequested(request, STEEL, BankId.of("boc-sh"),
                Money.ofYuan("5000000.00"), "余热回收", "1.2", "GFSP-2025", null, EARLIER), STEEL_ACTOR);
        publish("CreditRequest", request.value(), new LoanApproved(request, STEEL, BankId.of("boc-sh"),
                LoanId.of("BOC-2026-7"), Money.ofYuan("5000000.00"), AnnualRate.of("3.1"), 36, EARLIER),
                MetaData.with(MetaDataKeys.SUBJECT, "boc-sh").and(MetaDataKeys.ROLE, "BANK"));
        publish("ListEntry", FACTORY.value(), new EntryNominated(FACTORY, ListCategory.GREEN_FACTORY, ListLevel.MUNICIPAL,
                BatchName.of("2025-1"), STEEL, "宝山钢铁示范厂", DivisionCode.of("310113"), ListedUnit.enterprise(), EARLIER),
                OFFICIAL);
        publish("ListEntry", FACTORY.value(), new EntryListed(FACTORY, ListLevel.MUNICIPAL, LocalDate.of(2025, 6, 1),
                "沪经信节〔2025〕1号", EARLIER), OFFICIAL);
        publish("ListEntry", FACTORY.value(), new EntryRemoved(FACTORY, RemovalReason.FALSIFIED_DATA, "申报数据造假", TODAY,
                "沪经信节〔2026〕9号", Instant.now()), OFFICIAL);
        removal = lastPosition;
    }

    @AfterAll
    void stop() {
        receiver.stop(0);
        MONGO.shutdown();
    }

    @Test
    void banks_with_a_live_consent_or_an_open_loan_are_told_in_their_feed_by_position() throws Exception {
        http.perform(as(bank("icbc-sh"), get("/api/greenfinance/notifications")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].type").value("greenlist.entry-removed"))
                .andExpect(jsonPath("$.items[0].enterprise").value(STEEL.value()))
                .andExpect(jsonPath("$.items[0].reason").value("FALSIFIED_DATA"))
                .andExpect(jsonPath("$.items[0].forCause").value(true))
                .andExpect(jsonPath("$.items[0].because", contains("CONSENT")))
                .andExpect(jsonPath("$.last").value(removal));
        http.perform(as(bank("boc-sh"), get("/api/greenfinance/notifications")))
                .andExpect(jsonPath("$.items[0].because", contains("LOAN")));
        http.perform(as(bank("ccb-sh"), get("/api/greenfinance/notifications")))
                .andExpect(jsonPath("$.items", hasSize(0)));
        http.perform(as(bank("icbc-sh"), get("/api/greenfinance/notifications").param("after", Long.toString(removal))))
                .andExpect(jsonPath("$.items", hasSize(0)))
                .andExpect(jsonPath("$.last").value(removal));
    }

    @Test
    void a_bank_never_sees_another_banks_notifications_or_deliveries() throws Exception {
        http.perform(as(bank("boc-sh"), get("/api/greenfinance/notifications").param("bank", "icbc-sh")))
                .andExpect(status().isForbidden());
        http.perform(as(bank("boc-sh"), get("/api/greenfinance/webhook-deliveries").param("bank", "icbc-sh")))
                .andExpect(status().isForbidden());
        http.perform(as(token(Role.ENTERPRISE), get("/api/greenfinance/notifications")))
                .andExpect(status().isForbidden());
        http.perform(as(token(Role.AUDITOR), get("/api/greenfinance/notifications")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("bank"));
        http.perform(as(token(Role.AUDITOR), get("/api/greenfinance/notifications").param("bank", "icbc-sh")))
                .andExpect(jsonPath("$.items", hasSize(1)));
        http.perform(as(bank("icbc-sh"), get("/api/greenfinance/notifications").param("after", "soon")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("after"));
        http.perform(as(bank("icbc-sh"), get("/api/greenfinance/webhook-deliveries").param("status", "LOST")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void the_webhook_arrives_signed_after_failed_attempts_and_a_replay_sends_nothing_again() throws Exception {
        String feedId = body(http.perform(as(bank("icbc-sh"), get("/api/greenfinance/notifications"))).andReturn()
                .getResponse().getContentAsString()).at("/items/0/id").asText();
        awaitDelivered(1);
        Map<String, String> delivery = RECEIVED.get(0);
        assertThat(delivery.get("id")).isEqualTo(feedId);
        assertThat(body(delivery.get("body")).get("id").asText()).isEqualTo(feedId);
        String keys = http.perform(get("/api/greenfinance/attestation-keys")).andReturn().getResponse().getContentAsString();
        String signed = delivery.get("id") + "." + delivery.get("timestamp") + "." + delivery.get("body");
        assertThat(delivery.get("signature")).startsWith("v1a,");
        byte[] signature = Base64.getDecoder().decode(delivery.get("signature").substring("v1a,".length()));
        assertThat(BankVerifier.verifyDetached(signed.getBytes(UTF_8), new Signature(delivery.get("kid"), signature), keys))
                .isTrue();
        assertThat(BankVerifier.verifyDetached((signed + " ").getBytes(UTF_8), new Signature(delivery.get("kid"), signature),
                keys)).isFalse();
        http.perform(as(bank("icbc-sh"), get("/api/greenfinance/webhook-deliveries")))
                .andExpect(jsonPath("$[0].status").value("DELIVERED"))
                .andExpect(jsonPath("$[0].attempts").value(3));

        StreamingEventProcessor processor = (StreamingEventProcessor) processing
                .eventProcessor(NotificationProjection.PROCESSING_GROUP).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        http.perform(as(bank("icbc-sh"), get("/api/greenfinance/notifications")))
                .andExpect(jsonPath("$.items[*].id", contains(feedId)));
        Thread.sleep(500);
        assertThat(RECEIVED).hasSize(1);
    }

    private void awaitDelivered(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (RECEIVED.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(RECEIVED).hasSize(count);
    }

    private ConsentId consent(String id, String bank) {
        ConsentId consent = ConsentId.of(id);
        publish("Consent", id, new ConsentGranted(consent, STEEL, BankId.of(bank), Set.of(ConsentScope.GREEN_LIST_STATUS),
                TODAY.minusDays(5), TODAY.plusMonths(6), "授信审查", EARLIER), STEEL_ACTOR);
        return consent;
    }

    private JsonNode body(String text) throws IOException {
        return json.readTree(text);
    }

    private void publish(String type, String id, Object event, MetaData metaData) {
        long sequence = sequences.merge(id, 0L, (old, zero) -> old + 1);
        AppendedPositions.clear();
        events.publish(new GenericDomainEventMessage<>(type, id, sequence, event, metaData));
        lastPosition = AppendedPositions.last().orElseThrow();
    }

    private MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).header("X-Min-Position", Long.toString(lastPosition));
    }

    static String bank(String id) {
        return DevTokens.issue(KEY, Role.BANK, id, Duration.ofMinutes(5), Instant.now());
    }

    static String token(Role role) {
        return DevTokens.issue(KEY, role, role == Role.ENTERPRISE ? STEEL.value() : role.name().toLowerCase() + "-test",
                Duration.ofMinutes(5), Instant.now());
    }

    private static Path createDataFolder() {
        try {
            Path folder = Files.createTempDirectory("greenledger-notification-test");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
