package org.greenledger.command.greenfinance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoDatabase;
import com.nimbusds.jose.jwk.RSAKey;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.greenledger.devtools.DevTokens;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenfinance.ConsentId;
import org.greenledger.platform.security.DevSigningKey;
import org.greenledger.platform.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Consents over HTTP against the in-memory store, with tokens of every role, on a clock the test moves:
 * only the enterprise grants, changes and revokes its own; a consent past its last day is expired by
 * the deadline, as an event.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConsentHttpTest {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();
    private static final Path DATA = createDataFolder();
    private static final RSAKey KEY = DevSigningKey.loadOrCreate(DATA.resolve("dev-signing-key.json"));
    private static final AtomicInteger ENTERPRISES = new AtomicInteger();
    private static final AtomicReference<Duration> AHEAD = new AtomicReference<>(Duration.ZERO);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc http;
    @Autowired
    EventStore events;
    @Autowired
    ConsentExpiries expiries;
    @Autowired
    MongoDatabase database;

    @TestConfiguration
    static class MovedClock {

        @Bean
        @Primary
        Clock movableClock() {
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return SHANGHAI;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public Instant instant() {
                    return Instant.now().plus(AHEAD.get());
                }
            };
        }
    }

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry properties) {
        properties.add("greenledger.mongodb.uri",
                () -> "mongodb://" + MONGO_ADDRESS.getHostString() + ":" + MONGO_ADDRESS.getPort() + "/consent-http-test");
        properties.add("greenledger.data", DATA::toString);
    }

    @AfterAll
    static void stopStore() {
        MONGO.shutdown();
    }

    @Test
    void an_enterprise_grants_changes_and_revokes_its_own_consent() throws Exception {
        Uscc uscc = newUscc();
        String id = granted(uscc, today().plusMonths(6));

        http.perform(as(enterprise(uscc), put("/api/greenfinance/consents/" + id)).content("""
                        {"scopes": ["GREEN_LIST_STATUS"], "validUntil": "%s"}""".formatted(today().plusMonths(3))))
                .andExpect(status().isOk());
        http.perform(as(enterprise(uscc), post("/api/greenfinance/consents/" + id + "/revocation"))
                        .content("{\"reason\": \"贷款已结清\"}"))
                .andExpect(status().isOk())
                .andExpect(header().exists("X-Position"));

        assertThat(types(id)).containsExactly("ConsentGranted", "ConsentChanged", "ConsentRevoked");
    }

    @Test
    void no_other_role_or_enterprise_grants_changes_or_revokes() throws Exception {
        Uscc uscc = newUscc();
        String id = granted(uscc, today().plusMonths(6));
        for (String token : new String[] {token(Role.OFFICIAL), token(Role.EXPERT), bank(), token(Role.AUDITOR)}) {
            http.perform(as(token, post("/api/greenfinance/consents")).content(grant(today().plusMonths(1))))
                    .andExpect(status().isForbidden());
            http.perform(as(token, post("/api/greenfinance/consents/" + id + "/revocation"))).andExpect(status().isForbidden());
        }
        http.perform(as(enterprise(newUscc()), post("/api/greenfinance/consents/" + id + "/revocation")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("greenfinance.not-own-consent"));
        assertThat(types(id)).containsExactly("ConsentGranted");
    }

    @Test
    void bad_input_is_a_400_naming_the_field_and_an_unknown_consent_a_404() throws Exception {
        Uscc uscc = newUscc();
        http.perform(as(enterprise(uscc), post("/api/greenfinance/consents")).content(grant(today().plusMonths(13))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("validUntil"));
        http.perform(as(enterprise(uscc), post("/api/greenfinance/consents")).content(grant(today().plusMonths(1))
                        .replace("SUBSIDY_HISTORY", "EVERYTHING")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scopes[1]"));
        http.perform(as(enterprise(uscc), post("/api/greenfinance/consents")).content(grant(today().plusMonths(1))
                        .replace("icbc-sh", "icbc sh")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("bankId"));
        http.perform(as(enterprise(uscc), post("/api/greenfinance/consents/" + ConsentId.random() + "/revocation")))
                .andExpect(status().isNotFound());
    }

    @Test
    void after_its_last_day_the_deadline_expires_it_once() throws Exception {
        Uscc uscc = newUscc();
        String id = granted(uscc, today().plusDays(10));
        awaitExpiryStored(id);

        AHEAD.set(AHEAD.get().plusDays(10));
        assertThat(expiries.fireDue()).doesNotContain(ConsentId.of(id));
        AHEAD.set(AHEAD.get().plusDays(1));
        List<ConsentId> expired = expiries.fireDue();
        expiries.fireDue();

        assertThat(expired).contains(ConsentId.of(id));
        assertThat(types(id)).containsExactly("ConsentGranted", "ConsentExpired");
    }

    private void awaitExpiryStored(String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (database.getCollection("greenfinance_consent_expiries").find(new Document("_id", id)).first() == null) {
            assertThat(System.nanoTime()).as("the expiry of " + id + " was stored").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private String granted(Uscc uscc, LocalDate until) throws Exception {
        String answer = http.perform(as(enterprise(uscc), post("/api/greenfinance/consents")).content(grant(until)))
                .andExpect(status().isCreated())
                .andExpect(header().exists("X-Position"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(answer, "$.id");
    }

    private List<String> types(String id) {
        return events.readEvents(id).asStream().map(event -> event.getPayloadType().getSimpleName()).toList();
    }

    private static LocalDate today() {
        return LocalDate.now(Clock.offset(Clock.system(SHANGHAI), AHEAD.get()));
    }

    static String grant(LocalDate until) {
        return """
                {"bankId": "icbc-sh", "scopes": ["GREEN_LIST_STATUS", "SUBSIDY_HISTORY"], "validFrom": "%s",
                 "validUntil": "%s", "purpose": "绿色贷款审查"}""".formatted(today(), until);
    }

    static Uscc newUscc() {
        String body = String.format("3%07d", ENTERPRISES.incrementAndGet());
        String first17 = "91310113" + body + Uscc.organizationCodeCheck(body);
        return Uscc.of(first17 + Uscc.checkCharacter(first17));
    }

    static String enterprise(Uscc uscc) {
        return DevTokens.issue(KEY, Role.ENTERPRISE, uscc.value(), Duration.ofMinutes(5), Instant.now());
    }

    static String bank() {
        return DevTokens.issue(KEY, Role.BANK, "icbc-sh", Duration.ofMinutes(5), Instant.now());
    }

    static String token(Role role) {
        return DevTokens.issue(KEY, role, role.name().toLowerCase() + "-test", Duration.ofMinutes(5), Instant.now());
    }

    static MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }

    private static Path createDataFolder() {
        try {
            Path folder = Files.createTempDirectory("greenledger-consent-command-test");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
