package org.greenledger.query.audit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.jwk.RSAKey;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.greenledger.contracts.greenfinance.ConsentGranted;
import org.greenledger.contracts.greenfinance.ConsentRevoked;
import org.greenledger.contracts.subsidy.ApplicationSubmitted;
import org.greenledger.devtools.DevTokens;
import org.greenledger.eventstore.AppendedPositions;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenfinance.ConsentId;
import org.greenledger.kernel.greenfinance.ConsentScope;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.ProgrammeId;
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
 * The audit trail over HTTP: a record's history with who, role, reason, rule-set version and the
 * correlation, causation and request ids; a correlation followed across records; auditors read all,
 * an enterprise its own records only, other roles nothing; and every read is itself recorded.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditHttpTest {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();
    private static final Path DATA = createDataFolder();
    private static final RSAKey KEY = DevSigningKey.loadOrCreate(DATA.resolve("dev-signing-key.json"));

    static final Uscc STEEL = Uscc.of("91310113MA1FL4G931");
    static final Uscc CHEMICALS = Uscc.of("9131000013221158XC");
    static final ConsentId CONSENT = ConsentId.of("10000000-0000-4000-8000-000000000001");
    static final ApplicationId APPLICATION = ApplicationId.of("2b9d6f4e-7a1c-4e3b-8f20-5c6d7e8f9a01");
    static final Instant AT = Instant.parse("2026-11-01T02:00:00Z");

    @Autowired
    MockMvc http;
    @Autowired
    EventStore events;

    long lastPosition;
    final Map<String, Long> sequences = new HashMap<>();

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry properties) {
        properties.add("greenledger.mongodb.uri",
                () -> "mongodb://" + MONGO_ADDRESS.getHostString() + ":" + MONGO_ADDRESS.getPort() + "/audit-test");
        properties.add("greenledger.data", DATA::toString);
    }

    @BeforeAll
    void theTrail() {
        publish("Consent", CONSENT.value(), new ConsentGranted(CONSENT, STEEL, BankId.of("icbc-sh"),
                Set.of(ConsentScope.GREEN_LIST_STATUS), LocalDate.of(2026, 11, 1), LocalDate.of(2027, 4, 30), "授信", AT),
                actor("req-1", "req-1"));
        publish("Application", APPLICATION.value(), new ApplicationSubmitted(APPLICATION,
                ProgrammeId.of("6f1c1a2e-0d4b-4c59-9a57-1e0b7b3f2a10"), STEEL, 2, AT.plusSeconds(60)), actor("req-1", "req-1"));
        publish("Consent", CONSENT.value(), new ConsentRevoked(CONSENT, "贷款已结清", AT.plusSeconds(120)),
                actor("req-2", "req-2"));
    }

    @AfterAll
    void stopStore() {
        MONGO.shutdown();
    }

    @Test
    void an_auditor_reads_a_records_whole_history_with_who_why_and_every_id() throws Exception {
        http.perform(as(token(Role.AUDITOR, "auditor-li"), history(CONSENT.value())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("Consent"))
                .andExpect(jsonPath("$.owner").value(STEEL.value()))
                .andExpect(jsonPath("$.entries[*].event", contains("ConsentGranted", "ConsentRevoked")))
                .andExpect(jsonPath("$.entries[*].sequence", contains(0, 1)))
                .andExpect(jsonPath("$.entries[1].reason").value("贷款已结清"))
                .andExpect(jsonPath("$.entries[1].by").value(STEEL.value()))
                .andExpect(jsonPath("$.entries[1].role").value("ENTERPRISE"))
                .andExpect(jsonPath("$.entries[1].correlationId").value("req-2"))
                .andExpect(jsonPath("$.entries[1].causationId").value("req-2"))
                .andExpect(jsonPath("$.entries[1].requestId").value("req-2"))
                .andExpect(jsonPath("$.entries[1].revision").value("1"));
        http.perform(as(token(Role.AUDITOR, "auditor-li"), history(APPLICATION.value())))
                .andExpect(jsonPath("$.entries[0].ruleSetVersion").value(2));
    }

    @Test
    void a_correlation_is_followed_across_records() throws Exception {
        http.perform(as(token(Role.AUDITOR, "auditor-li"), get("/api/audit/correlations/req-1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steps[*].recordType", contains("Consent", "Application")))
                .andExpect(jsonPath("$.steps[*].event", contains("ConsentGranted", "ApplicationSubmitted")));
        http.perform(as(token(Role.AUDITOR, "auditor-li"), get("/api/audit/correlations/nothing-here")))
                .andExpect(status().isNotFound());
    }

    @Test
    void an_enterprise_reads_its_own_records_history_only_and_other_roles_none() throws Exception {
        http.perform(as(token(Role.ENTERPRISE, STEEL.value()), history(CONSENT.value()))).andExpect(status().isOk());
        http.perform(as(token(Role.ENTERPRISE, CHEMICALS.value()), history(CONSENT.value()))).andExpect(status().isNotFound());
        http.perform(as(token(Role.ENTERPRISE, STEEL.value()), get("/api/audit/correlations/req-1")))
                .andExpect(status().isForbidden());
        for (Role role : new Role[]{Role.OFFICIAL, Role.EXPERT, Role.BANK}) {
            http.perform(as(token(role, role == Role.BANK ? "icbc-sh" : "someone"), history(CONSENT.value())))
                    .andExpect(status().isForbidden());
        }
        http.perform(as(token(Role.AUDITOR, "auditor-li"), history("not a record id")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("recordId"));
        http.perform(as(token(Role.AUDITOR, "auditor-li"), get("/api/audit/decisions/not-a-uuid/rerun")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("applicationId"));
        http.perform(as(token(Role.AUDITOR, "auditor-li"), get("/api/audit/eligibility-checks/not-a-uuid/rerun")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("attestationId"));
        http.perform(as(token(Role.AUDITOR, "auditor-li"), get("/api/audit/decisions/" + APPLICATION.value() + "/rerun")))
                .andExpect(status().isNotFound());
        http.perform(as(token(Role.ENTERPRISE, STEEL.value()), get("/api/audit/decisions/" + APPLICATION.value() + "/rerun")))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_auditor_reads_every_read_models_checksum_and_nobody_else_does() throws Exception {
        http.perform(as(token(Role.AUDITOR, "auditor-li"), get("/api/audit/read-models")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].processingGroup", hasItem("audit-trail")))
                .andExpect(jsonPath("$[?(@.processingGroup == 'greenfinance-consents')].documents", contains(1)));
        http.perform(as(token(Role.OFFICIAL, "official-1"), get("/api/audit/read-models")))
                .andExpect(status().isForbidden());
    }

    @Test
    void every_audit_read_is_itself_recorded() throws Exception {
        http.perform(as(token(Role.AUDITOR, "auditor-wang"), history(CONSENT.value())).header("X-Correlation-Id", "audit-7"))
                .andExpect(status().isOk());
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int status = 404;
        while (status == 404 && System.nanoTime() < deadline) {
            status = http.perform(as(token(Role.AUDITOR, "auditor-li"), get("/api/audit/correlations/audit-7")))
                    .andReturn().getResponse().getStatus();
            Thread.sleep(50);
        }
        http.perform(as(token(Role.AUDITOR, "auditor-li"), get("/api/audit/correlations/audit-7")))
                .andExpect(jsonPath("$.steps[*].event", hasItem("AuditRead")))
                .andExpect(jsonPath("$.steps[0].by").value("auditor-wang"));
    }

    private static MetaData actor(String correlation, String request) {
        return MetaData.with(MetaDataKeys.SUBJECT, STEEL.value()).and(MetaDataKeys.ROLE, "ENTERPRISE")
                .and(MetaDataKeys.CORRELATION_ID, correlation).and(MetaDataKeys.CAUSATION_ID, request)
                .and(MetaDataKeys.REQUEST_ID, request);
    }

    private void publish(String type, String id, Object event, MetaData metaData) {
        long sequence = sequences.merge(id, 0L, (old, zero) -> old + 1);
        AppendedPositions.clear();
        events.publish(new GenericDomainEventMessage<>(type, id, sequence, event, metaData));
        lastPosition = AppendedPositions.last().orElseThrow();
    }

    private static MockHttpServletRequestBuilder history(String id) {
        return get("/api/audit/records/" + id + "/history");
    }

    private MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).header("X-Min-Position", Long.toString(lastPosition));
    }

    static String token(Role role, String subject) {
        return DevTokens.issue(KEY, role, subject, Duration.ofMinutes(5), Instant.now());
    }

    private static Path createDataFolder() {
        try {
            Path folder = Files.createTempDirectory("greenledger-audit-test");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
