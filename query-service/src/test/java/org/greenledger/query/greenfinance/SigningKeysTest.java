package org.greenledger.query.greenfinance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greenledger.query.greenfinance.AttestationFixtures.*;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.bson.Document;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The key ring over time: one key per 30-day period, each published 30 days past its last signature. */
class SigningKeysTest {

    static final Instant TEN_DAYS_IN = PERIOD_START.plus(Duration.ofDays(10));
    static final Instant SECOND_PERIOD = PERIOD_START.plus(THIRTY_DAYS);
    static final byte[] WEBHOOK = "{\"event\":\"EligibilityChecked\"}".getBytes(UTF_8);

    static MongoServer server;
    static MongoClient client;
    MongoDatabase database;
    MutableClock clock;
    SigningKeys keys;

    @BeforeAll
    static void startServer() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.shutdown();
    }

    @BeforeEach
    void emptyKeyRing() {
        database = client.getDatabase("signing-keys-test");
        database.drop();
        clock = new MutableClock(TEN_DAYS_IN);
        keys = new SigningKeys(database, SETTINGS, clock);
    }

    @Test
    void once_a_key_lifetime_has_passed_a_new_key_signs() throws Exception {
        Signature first = keys.sign(WEBHOOK);
        clock.set(SECOND_PERIOD.minusSeconds(1));
        assertThat(keys.sign(WEBHOOK).kid()).isEqualTo(FIRST_KID);

        clock.set(SECOND_PERIOD);
        Signature second = keys.sign(WEBHOOK);

        assertThat(first.kid()).isEqualTo(FIRST_KID);
        assertThat(second.kid()).isEqualTo(SECOND_KID).isEqualTo(keys.currentKid());
        String published = BankVerifier.json(keys);
        assertThat(BankVerifier.verifyDetached(WEBHOOK, first, published)).isTrue();
        assertThat(BankVerifier.verifyDetached(WEBHOOK, second, published)).isTrue();
        assertThat(BankVerifier.verifyDetached(WEBHOOK, new Signature(SECOND_KID, first.value()), published)).isFalse();
    }

    @Test
    void the_key_set_publishes_the_public_half_only_and_the_next_key_before_it_signs() {
        keys.sign(WEBHOOK);

        assertThat(keys.publishedJwks()).containsOnlyKeys("keys");
        List<Map<String, Object>> published = jwks();
        assertThat(published).extracting(jwk -> jwk.get("kid")).containsExactly(SECOND_KID, FIRST_KID);
        assertThat(published).allSatisfy(jwk -> {
            assertThat(jwk).containsOnlyKeys("kty", "crv", "x", "kid", "use", "alg")
                    .containsEntry("kty", "OKP").containsEntry("crv", "Ed25519")
                    .containsEntry("use", "sig").containsEntry("alg", "EdDSA");
            assertThat((String) jwk.get("x")).hasSize(43);
        });
    }

    @Test
    void an_old_key_stays_published_until_what_it_signed_has_expired_and_is_dropped_then() throws Exception {
        Attestations attestations = new Attestations(keys, SETTINGS, clock);
        clock.set(SECOND_PERIOD.minusSeconds(1));
        SignedAttestation lastOfFirstKey = attestations.issue(
                eligible(SECOND_PERIOD.minusSeconds(1), SECOND_PERIOD.minusSeconds(1).plus(THIRTY_DAYS)));
        assertThat(lastOfFirstKey.kid()).isEqualTo(FIRST_KID);

        clock.set(lastOfFirstKey.validUntil().minusSeconds(1));
        assertThat(keys.currentKid()).isEqualTo(SECOND_KID);
        assertThat(jwks()).extracting(jwk -> jwk.get("kid")).containsExactly(THIRD_KID, SECOND_KID, FIRST_KID);
        BankVerifier.verify(lastOfFirstKey.jws(), BankVerifier.json(keys), ICBC.value(), clock.instant());

        clock.set(SECOND_PERIOD.plus(THIRTY_DAYS));
        assertThat(jwks()).extracting(jwk -> jwk.get("kid")).doesNotContain(FIRST_KID).contains(SECOND_KID);
        assertThatThrownBy(() -> BankVerifier.verify(lastOfFirstKey.jws(), BankVerifier.json(keys), ICBC.value(),
                lastOfFirstKey.validUntil().minusSeconds(1))).isInstanceOf(InvalidJwtException.class);
    }

    @Test
    void instances_racing_to_create_a_period_key_agree_on_one() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                MongoDatabase shared = client.getDatabase("signing-keys-race-" + round);
                shared.drop();
                SigningKeys one = new SigningKeys(shared, SETTINGS, clock);
                SigningKeys other = new SigningKeys(shared, SETTINGS, clock);
                CyclicBarrier start = new CyclicBarrier(2);
                CompletableFuture<Signature> byOne = CompletableFuture.supplyAsync(() -> signAt(start, one), threads);
                CompletableFuture<Signature> byOther = CompletableFuture.supplyAsync(() -> signAt(start, other), threads);

                Signature signedByOne = byOne.get();
                Signature signedByOther = byOther.get();

                String published = BankVerifier.json(one);
                assertThat(signedByOne.kid()).isEqualTo(signedByOther.kid()).isEqualTo(FIRST_KID);
                assertThat(BankVerifier.verifyDetached(WEBHOOK, signedByOne, published)).isTrue();
                assertThat(BankVerifier.verifyDetached(WEBHOOK, signedByOther, published)).isTrue();
                assertThat(BankVerifier.json(other)).isEqualTo(published);
                assertThat(shared.getCollection(SigningKeys.COLLECTION).countDocuments(new Document("_id", FIRST_KID)))
                        .isOne();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static Signature signAt(CyclicBarrier start, SigningKeys keys) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return keys.sign(WEBHOOK);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> jwks() {
        return (List<Map<String, Object>>) keys.publishedJwks().get("keys");
    }
}
