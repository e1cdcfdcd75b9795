package org.greenledger.query.greenfinance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenledger.query.greenfinance.AttestationFixtures.*;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The key set over HTTP: anyone fetches it without a token, and it verifies what the service signs. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttestationKeysHttpTest {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();
    private static final Path DATA = createDataFolder();

    @Autowired
    MockMvc http;
    @Autowired
    Attestations attestations;
    @Autowired
    Clock clock;

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry properties) {
        properties.add("greenledger.mongodb.uri",
                () -> "mongodb://" + MONGO_ADDRESS.getHostString() + ":" + MONGO_ADDRESS.getPort() + "/attestation-keys-test");
        properties.add("greenledger.data", DATA::toString);
        properties.add("greenledger.attestation.issuer", ISSUER::toString);
    }

    @AfterAll
    void stopStore() {
        MONGO.shutdown();
    }

    @Test
    void anyone_fetches_the_key_set_without_a_token() throws Exception {
        http.perform(get("/api/greenfinance/attestation-keys"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/jwk-set+json"))
                .andExpect(header().string("Cache-Control", "max-age=300, public"))
                // the key that signs now and the next one
                .andExpect(jsonPath("$.keys", hasSize(2)))
                .andExpect(jsonPath("$.keys[*].kty", everyItem(is("OKP"))))
                .andExpect(jsonPath("$.keys[*].crv", everyItem(is("Ed25519"))))
                .andExpect(jsonPath("$.keys[*].alg", everyItem(is("EdDSA"))))
                .andExpect(jsonPath("$.keys[*].d").doesNotExist());
        http.perform(get("/api/greenfinance/attestation-keys").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/jwk-set+json"));
    }

    @Test
    void the_rest_of_green_finance_still_needs_a_token() throws Exception {
        http.perform(get("/api/greenfinance/consents")).andExpect(status().isUnauthorized());
    }

    @Test
    void what_the_service_signs_verifies_with_the_set_it_serves() throws Exception {
        Instant now = clock.instant();
        SignedAttestation signed = attestations.issue(eligible(now, now.plus(THIRTY_DAYS)));

        String published = http.perform(get("/api/greenfinance/attestation-keys"))
                .andExpect(jsonPath("$.keys[*].kid", hasItem(signed.kid())))
                .andReturn().getResponse().getContentAsString();

        JwtClaims claims = BankVerifier.verify(signed.jws(), published, ICBC.value(), now);
        assertThat(claims.getSubject()).isEqualTo(STEEL.value());
    }

    private static Path createDataFolder() {
        try {
            Path folder = Files.createTempDirectory("greenledger-attestation-keys-test");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
