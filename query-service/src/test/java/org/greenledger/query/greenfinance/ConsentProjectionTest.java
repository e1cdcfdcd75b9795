package org.greenledger.query.greenfinance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenledger.query.greenfinance.ConsentHistory.*;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.bson.Document;
import org.greenledger.contracts.greenfinance.Step;
import org.greenledger.contracts.greenfinance.ConsentRecord;
import org.greenledger.contracts.greenfinance.ConsentStatus;
import org.greenledger.contracts.greenfinance.FindConsents;
import org.greenledger.kernel.greenfinance.ConsentScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConsentProjectionTest {

    static MongoServer server;
    static MongoClient client;
    MongoCollection<Document> consents;
    AnnotationEventHandlerAdapter projection;
    ConsentQueries queries;

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
    void emptyReadModel() {
        consents = client.getDatabase("consent-projection-test").getCollection(ConsentProjection.COLLECTION);
        consents.drop();
        projection = new AnnotationEventHandlerAdapter(new ConsentProjection(consents));
        queries = new ConsentQueries(consents);
    }

    @Test
    void an_enterprise_sees_its_consents_live_expired_and_revoked_with_their_histories_newest_first() throws Exception {
        replay(steps());

        List<ConsentRecord> steel = queries.handle(new FindConsents(STEEL, null));
        assertThat(steel).extracting(ConsentRecord::consentId).containsExactly(LIVE, EXPIRED, REVOKED);
        assertThat(steel).extracting(ConsentRecord::status)
                .containsExactly(ConsentStatus.LIVE, ConsentStatus.EXPIRED, ConsentStatus.REVOKED);
        ConsentRecord revoked = steel.get(2);
        assertThat(revoked.scopes()).containsExactly(ConsentScope.GREEN_LIST_STATUS);
        assertThat(revoked.endedAt()).isEqualTo(at(5));
        assertThat(revoked.history()).extracting(Step::event)
                .containsExactly("ConsentGranted", "ConsentChanged", "ConsentRevoked");
        assertThat(steel.get(1).history()).extracting(Step::by).containsExactly(STEEL.value(), "consent-expiry");
    }

    @Test
    void a_bank_list_holds_only_what_was_given_to_it() throws Exception {
        replay(steps());

        assertThat(queries.handle(new FindConsents(null, CCB))).extracting(ConsentRecord::consentId)
                .containsExactly(CHEMICALS_LIVE, EXPIRED);
    }

    @Test
    void replaying_the_history_or_each_event_twice_leaves_the_same_documents() throws Exception {
        replay(steps());
        List<Document> once = documents();

        replay(steps());
        assertThat(documents()).isEqualTo(once);

        consents.drop();
        long position = 0;
        for (ConsentHistory.Step step : steps()) {
            handle(step, position);
            handle(step, position++);
        }
        assertThat(documents()).isEqualTo(once);
    }

    private void replay(List<ConsentHistory.Step> steps) throws Exception {
        long position = 0;
        for (ConsentHistory.Step step : steps) {
            handle(step, position++);
        }
    }

    private void handle(ConsentHistory.Step step, long position) throws Exception {
        projection.handle(new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(position),
                new GenericDomainEventMessage<>("Consent", step.consent().value(), 0, step.event(), step.metaData())));
    }

    private List<Document> documents() {
        List<Document> all = new ArrayList<>();
        consents.find().sort(new Document("_id", 1)).forEach(all::add);
        return all;
    }
}
