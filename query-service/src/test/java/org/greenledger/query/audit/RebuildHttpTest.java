package org.greenledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.nimbusds.jose.jwk.RSAKey;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.greenledger.contracts.enterprise.EnterpriseRegistered;
import org.greenledger.contracts.greenfinance.ConsentGranted;
import org.greenledger.contracts.greenfinance.CreditRequested;
import org.greenledger.contracts.greenfinance.GreenRecordRead;
import org.greenledger.contracts.greenfinance.LoanApproved;
import org.greenledger.contracts.greenfinance.WebhookRegistered;
import org.greenledger.contracts.greenlist.EntryListed;
import org.greenledger.contracts.greenlist.EntryNominated;
import org.greenledger.contracts.greenlist.EntryRemoved;
import org.greenledger.devtools.DevTokens;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.enterprise.DivisionCode;
import org.greenledger.kernel.enterprise.IndustryCode;
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
import org.greenledger.platform.messaging.MetaDataKeys;
import org.greenledger.platform.query.ProcessorPositions;
import org.greenledger.platform.security.DevSigningKey;
import org.greenledger.platform.security.Role;
import org.greenledger.query.ReadModelGenerations;
import org.greenledger.query.subsidy.SubsidyHistory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Verified rebuilds over HTTP: with events in every read model, an auditor rebuilds them all and each
 * comes back with the checksum it had, reads answering throughout and from the read model in use until
 * the switch; the rebuild sends no webhook; only auditors may, and every request of theirs is recorded.
 */
@SpringBootTest(properties = {"greenledger.webhooks.enabled=false", "greenledger.rebuilds.poll-interval=50ms",
        "greenledger.rebuilds.progress-interval=1s", "greenledger.rebuilds.drop-delay=200ms"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RebuildHttpTest {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();
    private static final Path DATA = createDataFolder();
    private static final RSAKey KEY = DevSigningKey.loadOrCreate(DATA.resolve("dev-signing-key.json"));

    static final Uscc STEEL = Uscc.of("91310113MA1FL4G931");
    static final String STEEL_NAME = "上海宝山示范钢铁有限公司";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final Instant EARLIER = Instant.now().minus(Duration.ofDays(20));
    static final EntryId FACTORY = EntryId.of("30000000-0000-4000-8000-000000000001");
    static final ConsentId CONSENT = ConsentId.of("10000000-0000-4000-8000-000000000001");
    static final CreditRequestId REQUEST = CreditRequestId.of("20000000-0000-4000-8000-000000000001");
    static final MetaData STEEL_ACTOR = MetaData.with(MetaDataKeys.SUBJECT, STEEL.value()).and(MetaDataKeys.ROLE, "ENTERPRISE");
    static final MetaData OFFICIAL = MetaData.with(MetaDataKeys.SUBJECT, "official-1").and(MetaDataKeys.ROLE, "OFFICIAL");
    static final MetaData ICBC = MetaData.with(MetaDataKeys.SUBJECT, "icbc-sh").and(MetaDataKeys.ROLE, "BANK");
    static final String OUTBOX = "greenfinance_webhook_deliveries";
    static final String AUDIT_TRAIL = "audit-trail";
    static final String ENTERPRISES = "enterprise-profile";
    static final String LOOKS = "greenfinance-looks";

    @Autowired
    MockMvc http;
    @Autowired
    EventStore events;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    ProcessorPositions positions;
    @Autowired
    ReadModelGenerations generations;
    @Autowired
    MongoDatabase database;
    @Autowired
    ObjectMapper json;

    final Map<String, Long> sequences = new HashMap<>();

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry properties) {
        properties.add("greenledger.mongodb.uri",
                () -> "mongodb://" + MONGO_ADDRESS.getHostString() + ":" + MONGO_ADDRESS.getPort() + "/rebuild-test");
        properties.add("greenledger.data", DATA::toString);
    }

    /** Something in every read model: an enterprise, a programme with applications, a consent, a loan, a look, a delisting told to two banks. */
    @BeforeAll
    void eventsForEveryReadModel() throws InterruptedException {
        publish("Enterprise", STEEL.value(), new EnterpriseRegistered(STEEL, STEEL_NAME, DivisionCode.of("310113"),
                IndustryCode.of("C3110"), true, EARLIER), OFFICIAL);
        for (SubsidyHistory.Step step : SubsidyHistory.steps()) {
            publish(step.aggregateType(), step.aggregateId(), step.event(), step.metaData());
        }
        publish("BankWebhook", "icbc-sh", new WebhookRegistered(BankId.of("icbc-sh"), URI.create("http://127.0.0.1:9/hook"),
                EARLIER), ICBC);
        publish("Consent", CONSENT.value(), new ConsentGranted(CONSENT, STEEL, BankId.of("icbc-sh"),
                Set.of(ConsentScope.GREEN_LIST_STATUS), TODAY.minusDays(5), TODAY.plusMonths(6), "授信审查", EARLIER), STEEL_ACTOR);
        publish("CreditRequest", REQUEST.value(), new CreditRequested(REQUEST, STEEL, BankId.of("boc-sh"),
                Money.ofYuan("5000000.00"), "余热回收", "1.2", "GFSP-2025", null, EARLIER), STEEL_ACTOR);
        publish("CreditRequest", REQUEST.value(), new LoanApproved(REQUEST, STEEL, BankId.of("boc-sh"),
                LoanId.of("BOC-2026-7"), Money.ofYuan("5000000.00"), AnnualRate.of("3.1"), 36, EARLIER),
                MetaData.with(MetaDataKeys.SUBJECT, "boc-sh").and(MetaDataKeys.ROLE, "BANK"));
        events.publish(GenericEventMessage.asEventMessage(new GreenRecordRead(STEEL, BankId.of("icbc-sh"), CONSENT,
                Set.of(ConsentScope.GREEN_LIST_STATUS), 3, EARLIER)).andMetaData(ICBC));
        publish("ListEntry", FACTORY.value(), new EntryNominated(FACTORY, ListCategory.GREEN_FACTORY, ListLevel.MUNICIPAL,
                BatchName.of("2025-1"), STEEL, "宝山钢铁示范厂", DivisionCode.of("310113"), ListedUnit.enterprise(), EARLIER),
                OFFICIAL);
        publish("ListEntry", FACTORY.value(), new EntryListed(FACTORY, ListLevel.MUNICIPAL, LocalDate.of(2025, 6, 1),
                "沪经信节〔2025〕1号", EARLIER), OFFICIAL);
        publish("ListEntry", FACTORY.value(), new EntryRemoved(FACTORY, RemovalReason.FALSIFIED_DATA, "申报数据造假", TODAY,
                "沪经信节〔2026〕9号", Instant.now()), OFFICIAL);
        awaitCaughtUp();
    }

    @AfterAll
    void stopStore() {
        MONGO.shutdown();
    }

    @Test
    void rebuilding_every_read_model_gives_each_the_checksum_it_had_and_sends_no_webhook_again() throws Exception {
        awaitCaughtUp();
        assertThat(database.getCollection(OUTBOX).countDocuments()).as("the delisting was enqueued for ICBC").isEqualTo(1);
        // Forgotten by the outbox, a delivery would be enqueued again by a rebuild that sent anything.
        database.getCollection(OUTBOX).deleteMany(new Document());
        Map<String, JsonNode> before = checksums();
        assertThat(before.values()).allMatch(checksum -> checksum.path("documents").asLong() > 0,
                "every read model holds something");

        JsonNode started = body(http.perform(as(auditor(), post("/api/audit/rebuilds").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"processingGroup\": \"all\"}")))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString());
        assertThat(started).extracting(rebuild -> rebuild.path("processingGroup").asText())
                .containsExactlyInAnyOrderElementsOf(before.keySet());

        List<JsonNode> done = new ArrayList<>();
        for (JsonNode rebuild : started) {
            done.add(awaitFinished(rebuild.path("id").asText(), () -> http.perform(as(auditor(),
                            get("/api/enterprises/" + STEEL.value())))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.name").value(STEEL_NAME))));
        }

        for (JsonNode rebuild : done) {
            String group = rebuild.path("processingGroup").asText();
            assertThat(rebuild.path("state").asText()).as(group + ": " + rebuild.path("reason").asText()).isEqualTo("DONE");
            assertThat(rebuild.path("identical").asBoolean()).as(group).isTrue();
            assertThat(rebuild.at("/checksumAfter/sha256").asText()).as(group)
                    .isEqualTo(rebuild.at("/checksumBefore/sha256").asText());
            assertThat(rebuild.at("/checksumAfter/documents").asLong()).as(group).isPositive();
            assertThat(rebuild.path("toGeneration").asLong()).isEqualTo(rebuild.path("fromGeneration").asLong() + 1);
            assertThat(generations.current(group)).isEqualTo(rebuild.path("toGeneration").asLong());
            assertThat(rebuild.at("/progress/processed").asLong()).as(group).isPositive();
            assertThat(rebuild.at("/progress/secondsLeft").asLong()).as(group).isZero();
        }
        Map<String, JsonNode> after = checksums();
        for (Map.Entry<String, JsonNode> checksum : before.entrySet()) {
            if (!checksum.getKey().equals(AUDIT_TRAIL)) { // the audit reads of this very test are recorded in it
                assertThat(after.get(checksum.getKey())).as(checksum.getKey()).isEqualTo(checksum.getValue());
            }
        }
        assertThat(database.getCollection(OUTBOX).countDocuments()).as("nothing enqueued by the rebuild").isZero();
        awaitDropped(done);
    }

    @Test
    void a_read_during_a_rebuild_answers_from_the_read_model_in_use_until_the_switch() throws Exception {
        awaitCaughtUp();
        StreamingEventProcessor live = (StreamingEventProcessor) processing.eventProcessorByProcessingGroup(ENTERPRISES)
                .orElseThrow();
        // Stopped, the processor in use cannot be caught up with, so the rebuild stays REPLAYING until it runs again.
        live.shutDown();
        generations.live(ENTERPRISES).get("enterprises").updateOne(new Document("_id", STEEL.value()),
                new Document("$set", new Document("name", "篡改的名称")));

        String location = http.perform(as(auditor(), post("/api/audit/rebuilds").param("processingGroup", ENTERPRISES)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$[0].state").value("REPLAYING"))
                .andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
        assertThat(location).startsWith("/api/audit/rebuilds/");
        http.perform(as(auditor(), post("/api/audit/rebuilds").param("processingGroup", ENTERPRISES)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("audit.rebuild-running"));
        http.perform(as(auditor(), post("/api/audit/rebuilds").param("processingGroup", "all")))
                .andExpect(status().isConflict());

        JsonNode replaying = awaitReplayed(location);
        assertThat(replaying.path("state").asText()).isEqualTo("REPLAYING");
        http.perform(as(auditor(), get("/api/enterprises/" + STEEL.value())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("篡改的名称"));

        live.start();
        JsonNode done = awaitFinished(location.substring(location.lastIndexOf('/') + 1), () -> {
        });

        assertThat(done.path("state").asText()).as(done.path("reason").asText()).isEqualTo("DONE");
        assertThat(done.path("identical").asBoolean()).as("the tampered read model differs from its rebuild").isFalse();
        assertThat(done.at("/checksumAfter/sha256").asText()).isNotEqualTo(done.at("/checksumBefore/sha256").asText());
        http.perform(as(auditor(), get("/api/enterprises/" + STEEL.value())))
                .andExpect(jsonPath("$.name").value(STEEL_NAME));
    }

    @Test
    void events_appended_all_through_a_rebuild_are_each_in_the_read_model_after_the_switch() throws Exception {
        awaitCaughtUp();
        List<String> appended = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean appending = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread banks = new Thread(() -> {
            while (appending.get()) {
                var look = GenericEventMessage.asEventMessage(new GreenRecordRead(STEEL, BankId.of("icbc-sh"), CONSENT,
                        Set.of(ConsentScope.GREEN_LIST_STATUS), 3, Instant.now())).andMetaData(ICBC);
                events.publish(look);
                appended.add(look.getIdentifier());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        banks.start();
        Thread.sleep(200);

        JsonNode started = body(http.perform(as(auditor(), post("/api/audit/rebuilds").param("processingGroup", LOOKS)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString());
        JsonNode done = awaitFinished(started.at("/0/id").asText(), () -> {
        });
        Thread.sleep(200);
        appending.set(false);
        banks.join();
        awaitCaughtUp();

        assertThat(done.path("state").asText()).as(done.path("reason").asText()).isEqualTo("DONE");
        assertThat(done.path("identical").asBoolean()).as("both generations held the same events at the switch").isTrue();
        List<String> kept = generations.live(LOOKS).get("greenfinance_looks").find().map(d -> d.getString("_id"))
                .into(new ArrayList<>());
        assertThat(appended).hasSizeGreaterThan(20);
        assertThat(kept).as("every look, before, during and after the switch").containsAll(appended);
    }

    @Test
    void only_auditors_rebuild_or_watch_rebuilds_and_every_request_of_theirs_is_recorded() throws Exception {
        String someRebuild = "/api/audit/rebuilds/" + UUID.randomUUID();
        int rebuilds = body(http.perform(as(auditor(), get("/api/audit/rebuilds"))).andReturn().getResponse()
                .getContentAsString()).size();
        Map<Role, String> others = Map.of(Role.ENTERPRISE, STEEL.value(), Role.BANK, "icbc-sh", Role.OFFICIAL, "official-1",
                Role.EXPERT, "expert-wang");
        for (Map.Entry<Role, String> other : others.entrySet()) {
            String token = token(other.getKey(), other.getValue());
            for (MockHttpServletRequestBuilder request : List.of(post("/api/audit/rebuilds").param("processingGroup", "all"),
                    get("/api/audit/rebuilds"), get(someRebuild))) {
                http.perform(as(token, request))
                        .andExpect(status().isForbidden())
                        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            }
        }
        assertThat(body(http.perform(as(auditor(), get("/api/audit/rebuilds"))).andReturn().getResponse()
                .getContentAsString()).size()).as("no refused request started a rebuild").isEqualTo(rebuilds);

        http.perform(as(auditor(), get("/api/audit/rebuilds")).header("X-Correlation-Id", "rebuild-watch-1"))
                .andExpect(status().isOk());
        http.perform(as(auditor(), get(someRebuild)).header("X-Correlation-Id", "rebuild-watch-1"))
                .andExpect(status().isNotFound());
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int found = 404;
        while (found == 404 && System.nanoTime() < deadline) {
            found = http.perform(as(auditor(), get("/api/audit/correlations/rebuild-watch-1"))).andReturn().getResponse()
                    .getStatus();
            Thread.sleep(50);
        }
        http.perform(as(auditor(), get("/api/audit/correlations/rebuild-watch-1")))
                .andExpect(jsonPath("$.steps[0].event").value("AuditRead"))
                .andExpect(jsonPath("$.steps[0].by").value("auditor-li"));
    }

    @Test
    void a_rebuild_of_an_unknown_read_model_or_of_none_is_a_400_naming_the_field() throws Exception {
        http.perform(as(auditor(), post("/api/audit/rebuilds").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"processingGroup\": \"greenlist-registry\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("audit.unknown-read-model"))
                .andExpect(jsonPath("$.errors[0].field").value("processingGroup"));
        http.perform(as(auditor(), post("/api/audit/rebuilds").contentType(MediaType.APPLICATION_JSON).content("{}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("processingGroup"));
        http.perform(as(auditor(), get("/api/audit/rebuilds/not-a-uuid")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rebuildId"));
    }

    private Map<String, JsonNode> checksums() throws Exception {
        JsonNode all = body(http.perform(as(auditor(), get("/api/audit/read-models"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        Map<String, JsonNode> byGroup = new TreeMap<>();
        all.forEach(checksum -> byGroup.put(checksum.path("processingGroup").asText(), checksum));
        return byGroup;
    }

    interface Read {
        void run() throws Exception;
    }

    /** Polls the rebuild until DONE or FAILED, running {@code meanwhile} at every poll. */
    private JsonNode awaitFinished(String id, Read meanwhile) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            JsonNode rebuild = rebuild("/api/audit/rebuilds/" + id);
            String state = rebuild.path("state").asText();
            if (state.equals("DONE") || state.equals("FAILED") || System.nanoTime() - deadline > 0) {
                return rebuild;
            }
            meanwhile.run();
            Thread.sleep(20);
        }
    }

    /** Polls until the rebuild has read every event there was when it started. */
    private JsonNode awaitReplayed(String location) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode rebuild = rebuild(location);
        while (rebuild.at("/progress/processed").asLong() < rebuild.at("/progress/total").asLong() - 10
                && System.nanoTime() - deadline < 0) {
            Thread.sleep(20);
            rebuild = rebuild(location);
        }
        assertThat(rebuild.at("/progress/processed").asLong()).isPositive();
        return rebuild;
    }

    private void awaitDropped(List<JsonNode> rebuilds) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<String> replaced = new ArrayList<>();
        for (JsonNode rebuild : rebuilds) {
            rebuild.at("/checksumBefore/collections").forEach(collection -> replaced.add(
                    ReadModelGenerations.physical(collection.asText(), rebuild.path("fromGeneration").asLong())));
        }
        while (System.nanoTime() - deadline < 0
                && database.listCollectionNames().into(new ArrayList<>()).stream().anyMatch(replaced::contains)) {
            Thread.sleep(50);
        }
        assertThat(database.listCollectionNames().into(new ArrayList<>())).doesNotContainAnyElementsOf(replaced);
    }

    private JsonNode rebuild(String path) throws Exception {
        return body(http.perform(as(auditor(), get(path))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private void awaitCaughtUp() throws InterruptedException {
        positions.awaitEveryProcessor(events.createHeadToken(), Duration.ofSeconds(20), Duration.ofMillis(20), "The seeding");
    }

    private void publish(String type, String id, Object event, MetaData metaData) {
        long sequence = sequences.merge(id, 0L, (old, zero) -> old + 1);
        events.publish(new GenericDomainEventMessage<>(type, id, sequence, event, metaData));
    }

    private JsonNode body(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String auditor() {
        return token(Role.AUDITOR, "auditor-li");
    }

    private static MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }

    static String token(Role role, String subject) {
        return DevTokens.issue(KEY, role, subject, Duration.ofMinutes(5), Instant.now());
    }

    private static Path createDataFolder() {
        try {
            Path folder = Files.createTempDirectory("greenledger-rebuild-test");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
