package org.greenledger.command.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenledger.command.subsidy.SubsidyFixtures.*;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.bson.Document;
import org.greenledger.contracts.enterprise.DishonestyCleared;
import org.greenledger.contracts.enterprise.DishonestyFlagged;
import org.greenledger.contracts.enterprise.EnergyAuditRecorded;
import org.greenledger.contracts.enterprise.EnterpriseRegistered;
import org.greenledger.contracts.greenlist.EntryListed;
import org.greenledger.contracts.greenlist.EntryNominated;
import org.greenledger.contracts.greenlist.EntryRemoved;
import org.greenledger.contracts.subsidy.ApplicationDrafted;
import org.greenledger.contracts.subsidy.ApplicationSubmitted;
import org.greenledger.contracts.subsidy.ApplicationWithdrawn;
import org.greenledger.contracts.subsidy.ClawbackDecided;
import org.greenledger.contracts.subsidy.ClawbackReason;
import org.greenledger.kernel.enterprise.DivisionCode;
import org.greenledger.kernel.enterprise.IndustryCode;
import org.greenledger.kernel.greenlist.BatchName;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.greenlist.ListCategory;
import org.greenledger.kernel.greenlist.ListLevel;
import org.greenledger.kernel.greenlist.ListedUnit;
import org.greenledger.kernel.greenlist.RemovalReason;
import org.greenledger.kernel.quantity.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The command side's index of applicant facts, fed a history of the registry, the green list and the
 * subsidy flow: what it says of the applicant, and that a replay or a redelivery changes nothing.
 */
class ApplicantFactsProjectionTest {

    static final EntryId FACTORY = EntryId.forUnit(BatchName.of("2024-2"), ListCategory.GREEN_FACTORY, STEEL,
            ListedUnit.enterprise());
    static final EntryId PILOT = EntryId.forUnit(BatchName.of("2024-2"), ListCategory.ZERO_CARBON_FACTORY, STEEL,
            ListedUnit.enterprise());
    static final Instant AT = Instant.parse("2026-01-05T02:00:00Z");

    static MongoServer server;
    static MongoClient client;
    MongoDatabase database;
    ApplicantFactsProjection projection;
    AnnotationEventHandlerAdapter handlers;

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
    void emptyIndex() {
        database = client.getDatabase("applicant-facts-test");
        database.drop();
        projection = new ApplicantFactsProjection(database);
        handlers = new AnnotationEventHandlerAdapter(projection);
    }

    static List<Object> history() {
        return List.of(
                new EnterpriseRegistered(STEEL, "上海宝山示范钢铁有限公司", DivisionCode.of("310113"), IndustryCode.of("C3110"), true, AT),
                new EnergyAuditRecorded(STEEL, LocalDate.of(2024, 5, 1), "EA-2024-0042", AT),
                new EnergyAuditRecorded(STEEL, LocalDate.of(2023, 3, 1), "EA-2023-0007", AT),
                new EntryNominated(FACTORY, ListCategory.GREEN_FACTORY, ListLevel.MUNICIPAL, BatchName.of("2024-2"), STEEL,
                        "上海宝山示范钢铁有限公司", DivisionCode.of("310113"), ListedUnit.enterprise(), AT),
                new EntryListed(FACTORY, ListLevel.MUNICIPAL, LocalDate.of(2025, 1, 1), "沪经信节〔2024〕88号", AT),
                new EntryNominated(PILOT, ListCategory.ZERO_CARBON_FACTORY, ListLevel.MUNICIPAL, BatchName.of("2024-2"), STEEL,
                        "上海宝山示范钢铁有限公司", DivisionCode.of("310113"), ListedUnit.enterprise(), AT),
                new EntryListed(PILOT, ListLevel.MUNICIPAL, LocalDate.of(2025, 1, 1), "沪经信节〔2024〕89号", AT),
                new EntryRemoved(PILOT, RemovalReason.VOLUNTARY_WITHDRAWAL, "主动退出", LocalDate.of(2025, 9, 1), "沪经信节〔2025〕7号", AT),
                new DishonestyFlagged(STEEL, "虚报", "沪经信〔2025〕12号", AT),
                new DishonestyCleared(STEEL, "信用修复", "沪经信〔2025〕30号", AT),
                new ApplicationDrafted(APPLICATION, PROGRAMME, STEEL, PROJECT, AT),
                new ApplicationSubmitted(APPLICATION, PROGRAMME, STEEL, 1, AT),
                new ApplicationDrafted(EARLIER_APPLICATION, PROGRAMME, STEEL, PROJECT, AT),
                new ApplicationSubmitted(EARLIER_APPLICATION, PROGRAMME, STEEL, 1, AT),
                new ApplicationWithdrawn(EARLIER_APPLICATION, "重复申报", AT),
                new ClawbackDecided(APPLICATION, PROGRAMME, ClawbackReason.FRAUD, Money.ZERO, Money.ZERO, "虚报节能量",
                        LocalDate.of(2029, 1, 5), AT));
    }

    @Test
    void it_knows_registration_the_latest_audit_live_listings_applications_and_a_bar() throws Exception {
        replay(history());

        ApplicantFactsProjection.Known known = projection.find(STEEL).orElseThrow();
        assertThat(known.registered()).isTrue();
        assertThat(known.keyEnergyUser()).isTrue();
        assertThat(known.dishonest()).isFalse();
        assertThat(known.lastEnergyAudit()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(known.listedCategories()).isEqualTo(Set.of(ListCategory.GREEN_FACTORY));
        assertThat(known.live()).containsExactly(new ApplicantFactsProjection.Live(APPLICATION, PROJECT.key()));
        assertThat(known.barredUntil()).isEqualTo(LocalDate.of(2029, 1, 5));
        assertThat(known.position()).isEqualTo(history().size() - 1);
        assertThat(projection.find(OTHER)).isEmpty();
    }

    @Test
    void replaying_the_history_or_each_event_twice_leaves_the_same_documents() throws Exception {
        replay(history());
        List<Document> once = documents();

        replay(history());
        assertThat(documents()).isEqualTo(once);

        database.drop();
        long position = 0;
        for (Object event : history()) {
            handle(event, position);
            handle(event, position++);
        }
        assertThat(documents()).isEqualTo(once);
    }

    private void replay(List<Object> events) throws Exception {
        long position = 0;
        for (Object event : events) {
            handle(event, position++);
        }
    }

    private void handle(Object event, long position) throws Exception {
        handlers.handle(new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(position),
                new GenericDomainEventMessage<>("Any", "any", 0, event)));
    }

    private List<Document> documents() {
        List<Document> all = new ArrayList<>();
        for (String collection : List.of("subsidy_applicant_facts", "subsidy_facts_entries", "subsidy_facts_applications")) {
            database.getCollection(collection).find().sort(new Document("_id", 1)).forEach(all::add);
        }
        return all;
    }
}
