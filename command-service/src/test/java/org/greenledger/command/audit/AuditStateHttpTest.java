package org.greenledger.command.audit;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
 * A consent granted, narrowed and revoked; an auditor asks for its state as of each of those positions and
 * of a moment between, rebuilt from its own events by the aggregate's own handlers.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditStateHttpTest {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();
    private static final Path DATA = createDataFolder();
    private static final RSAKey KEY = DevSigningKey.loadOrCreate(DATA.resolve("dev-signing-key.json"));
    private static final String STEEL = "91310113MA1FL4G931";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    MockMvc http;

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry properties) {
        properties.add("greenledger.mongodb.uri",
                () -> "mongodb://" + MONGO_ADDRESS.getHostString() + ":" + MONGO_ADDRESS.getPort() + "/audit-state-test");
        properties.add("greenledger.data", DATA::toString);
    }

    @AfterAll
    static void stopStore() {
        MONGO.shutdown();
    }

    @Test
    void a_records_state_as_of_each_position_and_time_is_rebuilt_from_its_events() throws Exception {
        MvcResult granted = http.perform(as(token(Role.ENTERPRISE, STEEL), post("/api/greenfinance/consents")).content("""
                        {"bankId": "icbc-sh", "scopes": ["GREEN_LIST_STATUS", "SUBSIDY_HISTORY"], "validFrom": "%s",
                         "validUntil": "%s", "purpose": "授信"}""".formatted(TODAY, TODAY.plusMonths(6))))
                .andExpect(status().isCreated()).andReturn();
        String id = JsonPath.read(granted.getResponse().getContentAsString(), "$.id");
        long grantedAt = position(granted);
        long changedAt = position(http.perform(as(token(Role.ENTERPRISE, STEEL), put("/api/greenfinance/consents/" + id))
                .content("{\"scopes\": [\"GREEN_LIST_STATUS\"], \"validUntil\": \"%s\"}".formatted(TODAY.plusMonths(3))))
                .andExpect(status().isOk()).andReturn());
        Instant between = Instant.now();
        Thread.sleep(5);
        long revokedAt = position(http.perform(as(token(Role.ENTERPRISE, STEEL),
                post("/api/greenfinance/consents/" + id + "/revocation"))).andExpect(status().isOk()).andReturn());
        String auditor = token(Role.AUDITOR, "auditor-li");

        http.perform(as(auditor, state(id).param("position", Long.toString(grantedAt))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("Consent"))
                .andExpect(jsonPath("$.sequence").value(0))
                .andExpect(jsonPath("$.applied").value(1))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.state.status").value("LIVE"))
                .andExpect(jsonPath("$.state.scopes.length()").value(2));
        http.perform(as(auditor, state(id).param("position", Long.toString(changedAt))))
                .andExpect(jsonPath("$.state.scopes.length()").value(1))
                .andExpect(jsonPath("$.state.validUntil").value(TODAY.plusMonths(3).toString()));
        http.perform(as(auditor, state(id).param("at", between.toString())))
                .andExpect(jsonPath("$.position").value(changedAt))
                .andExpect(jsonPath("$.state.status").value("LIVE"));
        http.perform(as(auditor, state(id).param("position", Long.toString(revokedAt + 100))))
                .andExpect(jsonPath("$.position").value(revokedAt))
                .andExpect(jsonPath("$.state.status").value("REVOKED"));
        http.perform(as(auditor, state(id).param("at", "2020-01-01T00:00:00Z")))
                .andExpect(status().isNotFound());
    }

    @Test
    void only_auditors_ask_and_they_name_exactly_one_moment() throws Exception {
        for (Role role : new Role[]{Role.ENTERPRISE, Role.OFFICIAL, Role.BANK, Role.EXPERT}) {
            String subject = role == Role.ENTERPRISE ? STEEL : role == Role.BANK ? "icbc-sh" : "someone";
            http.perform(as(token(role, subject), state("x1").param("position", "1")))
                    .andExpect(status().isForbidden());
        }
        String auditor = token(Role.AUDITOR, "auditor-li");
        http.perform(as(auditor, state("x1"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("position"));
        http.perform(as(auditor, state("x1").param("position", "1").param("at", "2026-01-01T00:00:00Z")))
                .andExpect(status().isBadRequest());
        http.perform(as(auditor, state("x1").param("position", "-3"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("position"));
        http.perform(as(auditor, state("x1").param("at", "yesterday"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("at"));
        http.perform(as(auditor, state("unknown-record").param("position", "5"))).andExpect(status().isNotFound());
    }

    private static long position(MvcResult result) {
        return Long.parseLong(result.getResponse().getHeader("X-Position"));
    }

    private static MockHttpServletRequestBuilder state(String id) {
        return get("/api/audit/records/" + id + "/state");
    }

    static String token(Role role, String subject) {
        return DevTokens.issue(KEY, role, subject, Duration.ofMinutes(5), Instant.now());
    }

    static MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }

    private static Path createDataFolder() {
        try {
            Path folder = Files.createTempDirectory("greenledger-audit-state-test");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
