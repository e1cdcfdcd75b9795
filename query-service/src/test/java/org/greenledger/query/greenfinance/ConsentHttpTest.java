package org.greenledger.query.greenfinance;

import static org.greenledger.query.greenfinance.ConsentHistory.*;
import static org.hamcrest.Matchers.contains;
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
import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greenledger.devtools.DevTokens;
import org.greenledger.eventstore.AppendedPositions;
import org.greenledger.kernel.enterprise.Uscc;
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

/** The consent page over HTTP: each enterprise its own, each bank what it was given, auditors any; nobody else. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsentHttpTest {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();
    private static final Path DATA = createDataFolder();
    private static final RSAKey KEY = DevSigningKey.loadOrCreate(DATA.resolve("dev-signing-key.json"));

    @Autowired
    MockMvc http;
    @Autowired
    EventStore events;

    long lastPosition;
    final Map<String, Long> sequences = new HashMap<>();

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry properties) {
        properties.add("greenledger.mongodb.uri",
                () -> "mongodb://" + MONGO_ADDRESS.getHostString() + ":" + MONGO_ADDRESS.getPort() + "/consent-query-test");
        properties.add("greenledger.data", DATA::toString);
    }

    @BeforeAll
    void theHistory() {
        for (ConsentHistory.Step step : steps()) {
            String id = step.consent().value();
            long sequence = sequences.merge(id, 0L, (old, zero) -> old + 1);
            AppendedPositions.clear();
            events.publish(new GenericDomainEventMessage<>("Consent", id, sequence, step.event(), step.metaData()));
            lastPosition = AppendedPositions.last().orElseThrow();
        }
    }

    @AfterAll
    void stopStore() {
        MONGO.shutdown();
    }

    @Test
    void an_enterprise_sees_the_consents_it_gave_on_one_page() throws Exception {
        http.perform(as(enterprise(STEEL), get("/api/greenfinance/consents")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].consentId", contains(LIVE.value(), EXPIRED.value(), REVOKED.value())))
                .andExpect(jsonPath("$[*].status", contains("LIVE", "EXPIRED", "REVOKED")))
                .andExpect(jsonPath("$[0].bank").value("icbc-sh"))
                .andExpect(jsonPath("$[2].history[2].event").value("ConsentRevoked"));
        http.perform(as(enterprise(STEEL), get("/api/greenfinance/consents").param("enterprise", CHEMICALS.value())))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_bank_sees_only_what_was_given_to_it_and_an_auditor_any() throws Exception {
        http.perform(as(bank("ccb-sh"), get("/api/greenfinance/consents")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].consentId", contains(CHEMICALS_LIVE.value(), EXPIRED.value())));
        http.perform(as(bank("ccb-sh"), get("/api/greenfinance/consents").param("bank", "icbc-sh")))
                .andExpect(status().isForbidden());
        http.perform(as(token(Role.AUDITOR), get("/api/greenfinance/consents").param("enterprise", CHEMICALS.value())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].consentId", contains(CHEMICALS_LIVE.value())));
        http.perform(as(token(Role.AUDITOR), get("/api/greenfinance/consents")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("enterprise"));
    }

    @Test
    void officials_and_experts_see_no_consents() throws Exception {
        http.perform(as(token(Role.OFFICIAL), get("/api/greenfinance/consents").param("enterprise", STEEL.value())))
                .andExpect(status().isForbidden());
        http.perform(as(token(Role.EXPERT), get("/api/greenfinance/consents").param("enterprise", STEEL.value())))
                .andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).header("X-Min-Position", Long.toString(lastPosition));
    }

    static String enterprise(Uscc uscc) {
        return DevTokens.issue(KEY, Role.ENTERPRISE, uscc.value(), Duration.ofMinutes(5), Instant.now());
    }

    static String bank(String id) {
        return DevTokens.issue(KEY, Role.BANK, id, Duration.ofMinutes(5), Instant.now());
    }

    static String token(Role role) {
        return DevTokens.issue(KEY, role, role.name().toLowerCase() + "-test", Duration.ofMinutes(5), Instant.now());
    }

    private static Path createDataFolder() {
        try {
            Path folder = Files.createTempDirectory("greenledger-consent-query-test");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
