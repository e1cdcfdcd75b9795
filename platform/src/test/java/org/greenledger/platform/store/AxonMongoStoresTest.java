package org.greenledger.platform.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.saga.repository.MongoSagaStore;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.Serializer;
import org.greenledger.platform.testapp.TestEnvironment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Axon's Mongo token and saga stores, with our Jackson set-up, on the embedded server. */
class AxonMongoStoresTest {

    static final String PROCESSOR = "register";

    MongoServer server;
    MongoClient client;
    MongoTemplate template;
    Serializer serializer = AxonJackson.serializer(new AnnotationRevisionResolver());

    @BeforeEach
    void start() {
        server = TestEnvironment.newMongoServer();
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        template = DefaultMongoTemplate.builder().mongoDatabase(client, "stores")
                .trackingTokensCollectionName(StoreConfig.TOKEN_COLLECTION)
                .sagasCollectionName(StoreConfig.SAGA_COLLECTION)
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private MongoTokenStore node(String name) {
        return MongoTokenStore.builder().mongoTemplate(template).serializer(serializer).nodeId(name).build();
    }

    @Test
    void a_node_claims_stores_and_reads_back_a_gap_aware_token() {
        MongoTokenStore one = node("one");
        one.initializeTokenSegments(PROCESSOR, 2);
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(41, Set.of(37L, 39L));

        assertThat(one.fetchToken(PROCESSOR, 0)).isNull();
        one.storeToken(token, PROCESSOR, 0);
        one.extendClaim(PROCESSOR, 0);

        assertThat(one.fetchToken(PROCESSOR, 0)).isEqualTo(token);
        assertThat(one.fetchSegments(PROCESSOR)).containsExactly(0, 1);
    }

    @Test
    void a_claimed_segment_cannot_be_taken_by_another_node_until_released() {
        MongoTokenStore one = node("one");
        MongoTokenStore two = node("two");
        one.initializeTokenSegments(PROCESSOR, 1);
        one.fetchToken(PROCESSOR, 0);

        assertThatThrownBy(() -> two.fetchToken(PROCESSOR, 0)).isInstanceOf(UnableToClaimTokenException.class);
        assertThatThrownBy(() -> two.storeToken(GapAwareTrackingToken.newInstance(1, Set.of()), PROCESSOR, 0))
                .isInstanceOf(UnableToClaimTokenException.class);

        one.releaseClaim(PROCESSOR, 0);
        two.fetchToken(PROCESSOR, 0);
        two.storeToken(GapAwareTrackingToken.newInstance(5, Set.of()), PROCESSOR, 0);
        assertThat(two.fetchToken(PROCESSOR, 0)).isEqualTo(GapAwareTrackingToken.newInstance(5, Set.of()));
    }

    @Test
    void a_replay_token_survives_the_store() {
        MongoTokenStore one = node("one");
        one.initializeTokenSegments(PROCESSOR, 1);
        one.fetchToken(PROCESSOR, 0);
        TrackingToken replay = ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(90, Set.of()),
                GapAwareTrackingToken.newInstance(10, Set.of()));

        one.storeToken(replay, PROCESSOR, 0);

        assertThat(one.fetchToken(PROCESSOR, 0)).isEqualTo(replay);
    }

    /** Saga state lives in private fields without getters, as sagas keep it. */
    static class Clawback {
        private String applicationId;
        private long outstandingFen;
        private Instant deadline;
        private final List<String> tranches = new ArrayList<>();

        boolean complete() {
            return outstandingFen == 0;
        }
    }

    @Test
    void a_saga_keeps_its_private_state_through_the_saga_store() {
        SagaStore<Object> sagas = MongoSagaStore.builder().mongoTemplate(template).serializer(serializer).build();
        Clawback saga = new Clawback();
        saga.applicationId = "A-17";
        saga.outstandingFen = 1_250_000;
        saga.deadline = Instant.parse("2026-03-31T16:00:00Z");
        saga.tranches.add("T1");
        AssociationValue association = new AssociationValue("applicationId", "A-17");

        sagas.insertSaga(Clawback.class, "saga-1", saga, Set.of(association));

        assertThat(sagas.findSagas(Clawback.class, association)).containsExactly("saga-1");
        Clawback loaded = sagas.loadSaga(Clawback.class, "saga-1").saga();
        assertThat(loaded).usingRecursiveComparison().isEqualTo(saga);
        assertThat(loaded.complete()).isFalse();
    }
}
