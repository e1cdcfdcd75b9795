package org.greenledger.command.greenfinance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.greenledger.devtools.DevTokens;
import org.greenledger.kernel.enterprise.Uscc;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Credit requests and webhooks over HTTP against the in-memory store, with tokens of every role: only an
 * enterprise asks, only the bank asked decides, only a bank sets its own webhook; bad input is a 400
 * naming the field, and nothing refused leaves an event.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CreditHttpTest {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();
    private static final Path DATA = createDataFolder();
    private static final RSAKey KEY = DevSigningKey.loadOrCreate(DATA.resolve("dev-signing-key.json"));
    private static final Uscc STEEL = Uscc.of("91310113MA1FL4G931");

    @Autowired
    MockMvc http;
    @Autowired
    EventStore events;
    @Autowired
    MongoDatabase database;

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry properties) {
        properties.add("greenledger.mongodb.uri",
                () -> "mongodb://" + MONGO_ADDRESS.getHostString() + ":" + MONGO_ADDRESS.getPort() + "/credit-http-test");
        properties.add("greenledger.data", DATA::toString);
    }

    @AfterAll
    static void stopStore() {
        MONGO.shutdown();
    }

    @Test
    void an_enterprise_asks_and_only_the_bank_asked_decides_once() throws Exception {
        String id = requested();
        http.perform(as(bank("boc-sh"), post("/api/greenfinance/credit-requests/" + id + "/approval")).content(approval("3.1")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("greenfinance.not-addressed"));
        http.perform(as(token(Role.ENTERPRISE, STEEL.value()), post("/api/greenfinance/credit-requests/" + id + "/approval"))
                        .content(approval("3.1")))
                .andExpect(status().isForbidden());
        http.perform(as(bank("icbc-sh"), post("/api/greenfinance/credit-requests/" + id + "/approval")).content(approval("3.1")))
                .andExpect(status().isOk());
        http.perform(as(bank("icbc-sh"), post("/api/greenfinance/credit-requests/" + id + "/decline"))
                        .content("{\"reason\": \"改判\"}"))
                .andExpect(status().isConflict());
        assertThat(types(id)).containsExactly("CreditRequested", "LoanApproved");
    }

    @Test
    void bad_input_is_a_400_naming_the_field_and_stores_nothing() throws Exception {
        long before = commits();
        record Case(String body, String field) {
        }
        for (Case c : List.of(
                new Case("{\"bankId\": \"icbc-sh\", \"purpose\": \"改造\", \"category\": \"1.2\"}", "amount"),
                new Case("{\"bankId\": \"icbc-sh\", \"amount\": 100, \"purpose\": \"改造\", \"category\": \"9.9\"}", "category"),
                new Case("{\"bankId\": \"bad bank\", \"amount\": 100, \"purpose\": \"改造\", \"category\": \"1.2\"}", "bankId"),
                new Case("{\"bankId\": \"icbc-sh\", \"amount\": 100.001, \"purpose\": \"改造\", \"category\": \"1.2\"}", "amount"),
                new Case("{\"bankId\": \"icbc-sh\", \"amount\": 100, \"purpose\": \"改造\", \"category\": \"1.2\", "
                        + "\"subsidyApplication\": \"nope\"}", "subsidyApplication"))) {
            http.perform(as(token(Role.ENTERPRISE, STEEL.value()), post("/api/greenfinance/credit-requests")).content(c.body()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(c.field()));
        }
        String id = requested();
        long afterRequest = commits();
        for (String rate : new String[]{"0", "24.5", "3.12345"}) {
            http.perform(as(bank("icbc-sh"), post("/api/greenfinance/credit-requests/" + id + "/approval"))
                            .content(approval(rate)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("rate"));
        }
        http.perform(as(bank("icbc-sh"), post("/api/greenfinance/credit-requests/" + id + "/approval"))
                        .content("{\"loanId\": \"L-1\", \"amount\": 100, \"rate\": 3.1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("termMonths"));
        http.perform(as(bank("icbc-sh"), post("/api/greenfinance/credit-requests/00000000-0000-4000-8000-000000000000/approval"))
                        .content(approval("3.1")))
                .andExpect(status().isNotFound());
        assertThat(afterRequest).isEqualTo(before + 1);
        assertThat(commits()).isEqualTo(afterRequest);
    }

    @Test
    void a_bank_sets_and_removes_its_own_webhook_and_nobody_else_can() throws Exception {
        http.perform(as(token(Role.ENTERPRISE, STEEL.value()), put("/api/greenfinance/webhook"))
                        .content("{\"url\": \"https://hooks.example/in\"}"))
                .andExpect(status().isForbidden());
        http.perform(as(bank("ccb-sh"), put("/api/greenfinance/webhook")).content("{\"url\": \"http://hooks.example/in\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("url"));
        http.perform(as(bank("ccb-sh"), put("/api/greenfinance/webhook")).content("{\"url\": \"not a url\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("url"));
        http.perform(as(bank("ccb-sh"), delete("/api/greenfinance/webhook")))
                .andExpect(status().isNotFound());
        http.perform(as(bank("ccb-sh"), put("/api/greenfinance/webhook")).content("{\"url\": \"https://hooks.ccb.example/in\"}"))
                .andExpect(status().isOk());
        http.perform(as(bank("ccb-sh"), delete("/api/greenfinance/webhook")))
                .andExpect(status().isOk());
        assertThat(types("ccb-sh")).containsExactly("WebhookRegistered", "WebhookRemoved");
    }

    private String requested() throws Exception {
        String answer = http.perform(as(token(Role.ENTERPRISE, STEEL.value()), post("/api/greenfinance/credit-requests"))
                        .content("{\"bankId\": \"icbc-sh\", \"amount\": 5000000, \"purpose\": \"余热回收\", \"category\": \"1.2\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(answer, "$.id");
    }

    static String approval(String rate) {
        return "{\"loanId\": \"ICBC-2026-88\", \"amount\": 5000000, \"rate\": " + rate + ", \"termMonths\": 36}";
    }

    private List<String> types(String id) {
        return events.readEvents(id).asStream().map(event -> event.getPayloadType().getSimpleName()).toList();
    }

    private long commits() {
        return database.getCollection("commits").countDocuments(new Document("tombstone", new Document("$ne", true)));
    }

    static String bank(String id) {
        return DevTokens.issue(KEY, Role.BANK, id, Duration.ofMinutes(5), Instant.now());
    }

    static String token(Role role, String subject) {
        return DevTokens.issue(KEY, role, subject, Duration.ofMinutes(5), Instant.now());
    }

    static MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }

    private static Path createDataFolder() {
        try {
            Path folder = Files.createTempDirectory("greenledger-credit-command-test");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
