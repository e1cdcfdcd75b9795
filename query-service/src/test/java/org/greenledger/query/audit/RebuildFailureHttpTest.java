package org.greenledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
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
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.greenledger.contracts.enterprise.EnterpriseRegistered;
import org.greenledger.devtools.DevTokens;
import org.greenledger.kernel.enterprise.DivisionCode;
import org.greenledger.kernel.enterprise.IndustryCode;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.platform.query.ProcessorPositions;
import org.greenledger.platform.security.DevSigningKey;
import org.greenledger.platform.security.Role;
import org.greenledger.query.ReadModelCollections;
import org.greenledger.query.ReadModelGenerations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A rebuild whose projection fails gives up: FAILED with the reason, its half-built generation dropped,
 * the read model in use untouched and still kept, and the read model free to be rebuilt again.
 */
@SpringBootTest(properties = {"greenledger.webhooks.enabled=false", "greenledger.rebuilds.poll-interval=50ms"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RebuildFailureHttpTest {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();
    private static final Path DATA = createDataFolder();
    private static final RSAKey KEY = DevSigningKey.loadOrCreate(DATA.resolve("dev-signing-key.json"));

    static final String FRAGILE = "test-fragile";
    static final String NAMES = "test_fragile_names";
    static final Uscc STEEL = Uscc.of("91310113MA1FL4G931");

    @Autowired
    MockMvc http;
    @Autowired
    EventStore events;
    @Autowired
    ProcessorPositions positions;
    @Autowired
    ReadModelGenerations generations;
    @Autowired
    MongoDatabase database;
    @Autowired
    ObjectMapper json;

    /** A read model whose projection in use keeps names, and whose fresh instances fail on every event. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Fragile {

        @Bean
        ReadModelCollections fragileReadModel() {
            return new ReadModelCollections(FRAGILE, List.of(NAMES), collections -> new Failing());
        }

        @Bean
        Names fragileProjection(ReadModelGenerations generations) {
            return new Names(generations.live(FRAGILE).get(NAMES));
        }
    }

    @ProcessingGroup(FRAGILE)
    static class Names {
        private final MongoCollection<Document> names;

        Names(MongoCollection<Document> names) {
            this.names = names;
        }

        @EventHandler
        void on(EnterpriseRegistered e) {
            names.replaceOne(new Document("_id", e.uscc().value()), new Document("name", e.name()),
                    new ReplaceOptions().upsert(true));
        }
    }

    static class Failing {
        @EventHandler
        void on(EnterpriseRegistered e) {
            throw new IllegalStateException("this projection cannot be rebuilt");
        }
    }

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry properties) {
        properties.add("greenledger.mongodb.uri",
                () -> "mongodb://" + MONGO_ADDRESS.getHostString() + ":" + MONGO_ADDRESS.getPort() + "/rebuild-failure-test");
        properties.add("greenledger.data", DATA::toString);
    }

    @BeforeAll
    void anEnterprise() throws InterruptedException {
        events.publish(new GenericDomainEventMessage<>("Enterprise", STEEL.value(), 0, new EnterpriseRegistered(STEEL,
                "上海宝山示范钢铁有限公司", DivisionCode.of("310113"), IndustryCode.of("C3110"), true, Instant.now())));
        positions.awaitEveryProcessor(events.createHeadToken(), Duration.ofSeconds(20), Duration.ofMillis(20), "The seeding");
    }

    @AfterAll
    void stopStore() {
        MONGO.shutdown();
    }

    @Test
    void a_rebuild_whose_projection_fails_is_failed_with_the_reason_and_the_read_model_in_use_stays() throws Exception {
        String auditor = DevTokens.issue(KEY, Role.AUDITOR, "auditor-li", Duration.ofMinutes(5), Instant.now());
        JsonNode started = body(http.perform(post("/api/audit/rebuilds").param("processingGroup", FRAGILE)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + auditor))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString());
        String location = "/api/audit/rebuilds/" + started.at("/0/id").asText();

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonNode rebuild = started.get(0);
        while (!rebuild.path("state").asText().equals("FAILED") && System.nanoTime() - deadline < 0) {
            Thread.sleep(50);
            rebuild = body(http.perform(get(location).header(HttpHeaders.AUTHORIZATION, "Bearer " + auditor))
                    .andReturn().getResponse().getContentAsString());
        }

        assertThat(rebuild.path("state").asText()).isEqualTo("FAILED");
        assertThat(rebuild.path("reason").asText()).contains("EnterpriseRegistered", "this projection cannot be rebuilt");
        assertThat(rebuild.path("finishedAt").isNull()).isFalse();
        assertThat(rebuild.path("identical").isNull()).as("nothing was compared").isTrue();
        assertThat(generations.current(FRAGILE)).isZero();
        assertThat(database.getCollection(NAMES).countDocuments()).as("the read model in use").isEqualTo(1);
        assertThat(database.listCollectionNames().into(new ArrayList<>()))
                .doesNotContain(ReadModelGenerations.physical(NAMES, 1));
        http.perform(post("/api/audit/rebuilds").param("processingGroup", FRAGILE)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + auditor))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$[0].toGeneration").value(1));
    }

    private JsonNode body(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createDataFolder() {
        try {
            Path folder = Files.createTempDirectory("greenledger-rebuild-failure-test");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
