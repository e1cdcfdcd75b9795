package org.greenledger.command.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
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
import java.time.ZoneId;
import org.greenledger.devtools.DevTokens;
import org.greenledger.platform.security.DevSigningKey;
import org.greenledger.platform.security.Role;
import org.greenledger.verifier.Case;
import org.greenledger.verifier.CaseVerifier;
import org.greenledger.verifier.Checkpoint;
import org.greenledger.verifier.ConsistencyProof;
import org.greenledger.verifier.NoteKey;
import org.greenledger.verifier.StoredEntry;
import org.greenledger.verifier.TlogProof;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The log over HTTP: anyone reads its key and checkpoints and checks them; an auditor exports a record's
 * case and proofs that verify offline with that key; no other role gets proofs, cases or the self-check.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditLogHttpTest {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();
    private static final Path DATA = createDataFolder();
    private static final RSAKey KEY = DevSigningKey.loadOrCreate(DATA.resolve("dev-signing-key.json"));
    private static final String STEEL = "91310113MA1FL4G931";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String ORIGIN = "greenledger.test/event-log";

    @Autowired
    MockMvc http;

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry properties) {
        properties.add("greenledger.mongodb.uri",
                () -> "mongodb://" + MONGO_ADDRESS.getHostString() + ":" + MONGO_ADDRESS.getPort() + "/audit-log-test");
        properties.add("greenledger.data", DATA::toString);
        properties.add("greenledger.audit.log.origin", () -> ORIGIN);
        properties.add("greenledger.audit.log.checkpoint-interval", () -> "100ms");
    }

    @AfterAll
    static void stopStore() {
        MONGO.shutdown();
    }

    @Test
    void anyone_checks_a_checkpoint_with_the_published_key_and_an_auditor_proves_a_record_offline() throws Exception {
        String consent = grantConsent();
        NoteKey key = NoteKey.parse(text(http.perform(get("/api/audit/log/key")).andExpect(status().isOk())));
        Checkpoint first = awaitCheckpoint(key, 1);

        String auditor = token(Role.AUDITOR, "auditor-li");
        MvcResult exported = http.perform(as(auditor, get("/api/audit/records/" + consent + "/case")))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"case-" + consent + ".json\""))
                .andReturn();
        CaseVerifier.Verified verified = CaseVerifier.verify(Case.parse(exported.getResponse().getContentAsString()), key);
        assertThat(verified.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.aggregateType()).isEqualTo("Consent");
            assertThat(entry.type()).endsWith("ConsentGranted");
        });
        StoredEntry granted = verified.entries().get(0);

        TlogProof inclusion = TlogProof.parse(text(http.perform(as(auditor, get("/api/audit/log/inclusion")
                .param("position", Long.toString(granted.position())))).andExpect(status().isOk())));
        assertThat(inclusion.verify(granted.leafHash(), key, ORIGIN).size()).isGreaterThanOrEqualTo(first.size());

        grantConsent();
        Checkpoint later = awaitCheckpoint(key, verified.checkpoint().size() + 1);
        String olderNote = text(http.perform(get("/api/audit/log/checkpoints/" + first.size())).andExpect(status().isOk()));
        ConsistencyProof consistency = ConsistencyProof.parse(text(http.perform(as(auditor, get("/api/audit/log/consistency")
                .param("from", Long.toString(first.size())).param("to", Long.toString(later.size()))))
                .andExpect(status().isOk())));
        assertThat(consistency.verify(olderNote, key, ORIGIN).size()).isEqualTo(later.size());

        http.perform(as(auditor, post("/api/audit/log/self-check"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true)).andExpect(jsonPath("$.findings.length()").value(0));
        http.perform(as(auditor, get("/api/audit/log/self-check"))).andExpect(jsonPath("$.intact").value(true));
        http.perform(get("/actuator/health")).andExpect(jsonPath("$.components.auditLog.status").value("UP"));
    }

    @Test
    void proofs_cases_and_the_self_check_are_for_auditors_only_and_bad_input_names_its_field() throws Exception {
        String consent = grantConsent();
        for (Role role : new Role[]{Role.ENTERPRISE, Role.OFFICIAL, Role.BANK, Role.EXPERT}) {
            String subject = role == Role.ENTERPRISE ? STEEL : role == Role.BANK ? "icbc-sh" : "someone";
            String token = token(role, subject);
            http.perform(as(token, get("/api/audit/records/" + consent + "/case"))).andExpect(status().isForbidden());
            http.perform(as(token, get("/api/audit/log/inclusion").param("position", "0"))).andExpect(status().isForbidden());
            http.perform(as(token, get("/api/audit/log/consistency").param("from", "1").param("to", "2")))
                    .andExpect(status().isForbidden());
            http.perform(as(token, post("/api/audit/log/self-check"))).andExpect(status().isForbidden());
        }
        http.perform(get("/api/audit/log/inclusion").param("position", "0")).andExpect(status().isUnauthorized());
        String auditor = token(Role.AUDITOR, "auditor-li");
        http.perform(as(auditor, get("/api/audit/log/inclusion"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("position"));
        http.perform(as(auditor, get("/api/audit/log/inclusion").param("position", "-1"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("position"));
        http.perform(as(auditor, get("/api/audit/log/inclusion").param("position", "0").param("size", "many")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"));
        http.perform(as(auditor, get("/api/audit/log/consistency").param("from", "1"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        http.perform(as(auditor, get("/api/audit/log/consistency").param("from", "1").param("to", "999999")))
                .andExpect(status().isNotFound());
        http.perform(as(auditor, get("/api/audit/log/inclusion").param("position", "999999")))
                .andExpect(status().isNotFound());
        http.perform(get("/api/audit/log/checkpoints/999999")).andExpect(status().isNotFound());
        http.perform(get("/api/audit/log/checkpoints/abc")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        http.perform(as(auditor, get("/api/audit/records/no-such-record/case"))).andExpect(status().isNotFound());
        http.perform(as(auditor, get("/api/audit/records/" + "x".repeat(300) + "/case"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("recordId"));
    }

    private String grantConsent() throws Exception {
        MvcResult granted = http.perform(as(token(Role.ENTERPRISE, STEEL), post("/api/greenfinance/consents")).content("""
                        {"bankId": "icbc-sh", "scopes": ["GREEN_LIST_STATUS"], "validFrom": "%s",
                         "validUntil": "%s", "purpose": "授信"}""".formatted(TODAY, TODAY.plusMonths(6))))
                .andExpect(status().isCreated()).andReturn();
        return JsonPath.read(granted.getResponse().getContentAsString(), "$.id");
    }

    private Checkpoint awaitCheckpoint(NoteKey key, long size) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            MvcResult latest = http.perform(get("/api/audit/log/checkpoint")).andReturn();
            if (latest.getResponse().getStatus() == 200) {
                Checkpoint checkpoint = Checkpoint.verify(latest.getResponse().getContentAsString(), key, ORIGIN);
                if (checkpoint.size() >= size) {
                    assertThat(latest.getResponse().getContentType()).startsWith("text/plain");
                    return checkpoint;
                }
            }
            assertThat(System.nanoTime()).as("a checkpoint of size %d within 10 s", size).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static String text(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    static String token(Role role, String subject) {
        return DevTokens.issue(KEY, role, subject, Duration.ofMinutes(5), Instant.now());
    }

    static MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }

    private static Path createDataFolder() {
        try {
            Path folder = Files.createTempDirectory("greenledger-audit-log-test");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
