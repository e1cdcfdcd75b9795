package org.greenledger.query.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenledger.query.subsidy.SubsidyHistory.*;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.greenledger.contracts.subsidy.AcceptancePassed;
import org.greenledger.contracts.subsidy.ApplicationClosed;
import org.greenledger.contracts.subsidy.ApplicationGranted;
import org.greenledger.contracts.subsidy.ApplicationRecord;
import org.greenledger.contracts.subsidy.ApplicationStatus;
import org.greenledger.contracts.subsidy.ClawbackDecided;
import org.greenledger.contracts.subsidy.ClawbackReason;
import org.greenledger.contracts.subsidy.DecisionRecord;
import org.greenledger.contracts.subsidy.FundsGranted;
import org.greenledger.contracts.subsidy.FundsRecovered;
import org.greenledger.contracts.subsidy.GrantReduced;
import org.greenledger.contracts.subsidy.ObjectionRaised;
import org.greenledger.contracts.subsidy.ProgrammeLedger;
import org.greenledger.contracts.subsidy.PublicNoticeOpened;
import org.greenledger.contracts.subsidy.ReservationReleased;
import org.greenledger.contracts.subsidy.TimelineLine;
import org.greenledger.contracts.subsidy.TrancheDisbursed;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.quantity.Tce;
import org.greenledger.kernel.subsidy.AmountInputs;
import org.greenledger.kernel.subsidy.AmountPolicies;
import org.greenledger.query.JsonRecords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubsidyProjectionTest {

    static MongoServer server;
    static MongoClient client;
    MongoCollection<Document> programmes;
    MongoCollection<Document> applications;
    AnnotationEventHandlerAdapter projection;

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
    void emptyReadModels() {
        MongoDatabase database = client.getDatabase("subsidy-projection-test");
        programmes = database.getCollection(SubsidyDocuments.PROGRAMMES);
        applications = database.getCollection(SubsidyDocuments.APPLICATIONS);
        programmes.drop();
        applications.drop();
        projection = new AnnotationEventHandlerAdapter(new SubsidyProjection(programmes, applications));
    }

    @Test
    void the_ledger_says_what_the_events_say() throws Exception {
        replay(steps());

        ProgrammeLedger ledger = ledger();
        assertThat(ledger.budget()).isEqualTo(BUDGET);
        assertThat(ledger.reserved()).isEqualTo(AMOUNT);
        assertThat(ledger.granted()).isEqualTo(Money.ZERO);
        assertThat(ledger.remaining()).isEqualTo(Money.ofYuan("47499000"));
        assertThat(ledger.ruleSets()).containsExactly(RULES_1, RULES_2);
        assertThat(ledger.position()).isEqualTo(16);
    }

    @Test
    void an_approval_is_recorded_with_its_rule_set_inputs_terms_and_who_decided() throws Exception {
        replay(steps());

        DecisionRecord decision = application(STEEL_APPLICATION.value()).decision();
        assertThat(decision.outcome()).isEqualTo("APPROVED");
        assertThat(decision.ruleSet()).as("the version it was submitted under, not the newer one").isEqualTo(RULES_1);
        assertThat(decision.facts()).isEqualTo(FACTS);
        assertThat(decision.inputs()).isEqualTo(INPUTS);
        assertThat(decision.computed().terms()).hasSize(4);
        assertThat(decision.amount()).isEqualTo(AMOUNT);
        assertThat(decision.decidedBy()).isEqualTo("official-zhang");
        assertThat(decision.role()).isEqualTo("OFFICIAL");
        assertThat(decision.position()).isEqualTo(15);
    }

    @Test
    void an_application_keeps_its_timeline_its_reviews_and_its_status() throws Exception {
        replay(steps());

        ApplicationRecord rejected = application(CHEMICALS_APPLICATION.value());
        assertThat(rejected.summary().status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(rejected.summary().scoresIn()).isEqualTo(3);
        assertThat(rejected.reviews()).extracting(review -> review.expert().value())
                .containsExactly("expert-wang", "expert-li", "expert-zhao");
        assertThat(rejected.timeline()).extracting(TimelineLine::event).containsExactly("ApplicationDrafted",
                "ApplicationSubmitted", "ApplicationAccepted", "ExpertsAssigned", "ApplicationScored", "ApplicationScored",
                "ApplicationScored", "ApplicationRejected");
        assertThat(rejected.timeline()).extracting(TimelineLine::position).isSorted().doesNotHaveDuplicates();
        assertThat(rejected.timeline()).filteredOn(line -> line.event().equals("ApplicationScored"))
                .allSatisfy(line -> assertThat(line.by()).as("who scored is not in the timeline the applicant reads").isNull());
        assertThat(rejected.decision().reasons()).containsExactly("节能量依据不足");
        assertThat(application(STEEL_APPLICATION.value()).summary().amount()).isEqualTo(AMOUNT);
    }

    @Test
    void a_grant_moves_the_reservation_to_granted_and_an_objection_releases_it_and_withdraws_the_decision() throws Exception {
        List<Step> history = new ArrayList<>(steps());
        history.add(new Step("Application", STEEL_APPLICATION.value(), new PublicNoticeOpened(STEEL_APPLICATION,
                LocalDate.of(2026, 6, 16), at(9)), OFFICIAL));
        history.add(new Step("Application", STEEL_APPLICATION.value(), new ApplicationGranted(STEEL_APPLICATION, PROGRAMME,
                AMOUNT, at(17)), by("notice-deadline", "SYSTEM")));
        history.add(new Step("Programme", PROGRAMME.value(), new FundsGranted(PROGRAMME, STEEL_APPLICATION, AMOUNT, at(17)),
                by("notice-deadline", "SYSTEM")));
        replay(history);

        ProgrammeLedger ledger = ledger();
        assertThat(ledger.reserved()).isEqualTo(Money.ZERO);
        assertThat(ledger.granted()).isEqualTo(AMOUNT);
        assertThat(ledger.remaining()).isEqualTo(Money.ofYuan("47499000"));
        ApplicationRecord granted = application(STEEL_APPLICATION.value());
        assertThat(granted.summary().status()).isEqualTo(ApplicationStatus.GRANTED);
        assertThat(granted.timeline()).extracting(TimelineLine::note).contains("on notice until 2026-06-16");
        assertThat(granted.timeline().get(granted.timeline().size() - 1).by()).isEqualTo("notice-deadline");
    }

    @Test
    void the_ledger_follows_a_grant_through_tranches_acceptance_and_closure_and_a_clawback_with_recovery() throws Exception {
        Money first = Money.ofYuan("1500600");
        Money finalGrant = Money.ofYuan("2000000");
        MetaData deadline = by("notice-deadline", "SYSTEM");
        List<Step> history = new ArrayList<>(steps());
        history.add(new Step("Application", STEEL_APPLICATION.value(), new ApplicationGranted(STEEL_APPLICATION, PROGRAMME,
                AMOUNT, at(17)), deadline));
        history.add(new Step("Programme", PROGRAMME.value(), new FundsGranted(PROGRAMME, STEEL_APPLICATION, AMOUNT, at(17)),
                deadline));
        history.add(new Step("Application", STEEL_APPLICATION.value(), new TrancheDisbursed(STEEL_APPLICATION, PROGRAMME, 0,
                first, "PAY-1", at(18)), OFFICIAL));
        history.add(new Step("Application", STEEL_APPLICATION.value(), new AcceptancePassed(STEEL_APPLICATION, Tce.of("1000"),
                AmountPolicies.current().decide(new AmountInputs(PROJECT.eligibleInvestment(), Tce.of("1000"), AMOUNTS, AMOUNT)),
                finalGrant, "YS-1", at(40)), OFFICIAL));
        history.add(new Step("Programme", PROGRAMME.value(), new GrantReduced(PROGRAMME, STEEL_APPLICATION,
                AMOUNT.minus(finalGrant), "ACCEPTANCE", Money.ofYuan("48000000"), at(40)), OFFICIAL));
        history.add(new Step("Application", STEEL_APPLICATION.value(), new TrancheDisbursed(STEEL_APPLICATION, PROGRAMME, 1,
                finalGrant.minus(first), "PAY-2", at(41)), OFFICIAL));
        history.add(new Step("Application", STEEL_APPLICATION.value(), new ApplicationClosed(STEEL_APPLICATION, finalGrant,
                at(41)), OFFICIAL));
        replay(history);

        ProgrammeLedger closed = ledger();
        assertThat(closed.reserved()).isEqualTo(Money.ZERO);
        assertThat(closed.granted()).isEqualTo(finalGrant);
        assertThat(closed.disbursed()).isEqualTo(finalGrant);
        assertThat(closed.remaining()).isEqualTo(Money.ofYuan("48000000"));
        assertThat(application(STEEL_APPLICATION.value()).summary().status()).isEqualTo(ApplicationStatus.CLOSED);

        history.add(new Step("Application", STEEL_APPLICATION.value(), new ClawbackDecided(STEEL_APPLICATION, PROGRAMME,
                ClawbackReason.FRAUD, finalGrant, Money.ZERO, "虚报节能量", LocalDate.of(2029, 7, 1), at(60)), OFFICIAL));
        history.add(new Step("Application", STEEL_APPLICATION.value(), new FundsRecovered(STEEL_APPLICATION, PROGRAMME,
                Money.ofYuan("500000"), "BACK-1", at(70)), OFFICIAL));
        history.add(new Step("Programme", PROGRAMME.value(), new GrantReduced(PROGRAMME, STEEL_APPLICATION,
                Money.ofYuan("500000"), "RECOVERY", Money.ofYuan("48500000"), at(70)), OFFICIAL));
        replay(history);

        ProgrammeLedger recovering = ledger();
        assertThat(recovering.recovered()).isEqualTo(Money.ofYuan("500000"));
        assertThat(recovering.granted()).isEqualTo(Money.ofYuan("1500000"));
        assertThat(recovering.disbursed()).isEqualTo(finalGrant);
        assertThat(recovering.remaining()).isEqualTo(Money.ofYuan("48500000"));
        assertThat(application(STEEL_APPLICATION.value()).summary().status()).isEqualTo(ApplicationStatus.CLAWED_BACK);
    }

    @Test
    void an_objection_releases_the_reservation_and_the_approval_no_longer_stands() throws Exception {
        List<Step> history = new ArrayList<>(steps());
        history.add(new Step("Application", STEEL_APPLICATION.value(), new ObjectionRaised(STEEL_APPLICATION,
                List.of("收到举报"), at(10)), OFFICIAL));
        history.add(new Step("Programme", PROGRAMME.value(), new ReservationReleased(PROGRAMME, STEEL_APPLICATION, AMOUNT,
                BUDGET, at(10)), OFFICIAL));
        replay(history);

        assertThat(ledger().reserved()).isEqualTo(Money.ZERO);
        assertThat(ledger().remaining()).isEqualTo(BUDGET);
        ApplicationRecord reopened = application(STEEL_APPLICATION.value());
        assertThat(reopened.summary().status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        assertThat(reopened.summary().amount()).isNull();
        assertThat(reopened.decision()).isNull();
        assertThat(reopened.timeline()).extracting(TimelineLine::event).contains("ApplicationApproved", "ObjectionRaised");
    }

    @Test
    void replaying_the_history_or_each_event_twice_leaves_the_same_documents() throws Exception {
        replay(steps());
        List<Document> once = documents();

        replay(steps());
        assertThat(documents()).isEqualTo(once);

        programmes.drop();
        applications.drop();
        List<Step> twice = new ArrayList<>();
        steps().forEach(step -> {
            twice.add(step);
            twice.add(step);
        });
        replayAtPositions(twice);
        assertThat(documents()).isEqualTo(once);
    }

    private void replay(List<Step> steps) throws Exception {
        long position = 0;
        for (Step step : steps) {
            handle(step, position++);
        }
    }

    /** Each pair of equal steps at one position, as a redelivery. */
    private void replayAtPositions(List<Step> doubled) throws Exception {
        for (int i = 0; i < doubled.size(); i++) {
            handle(doubled.get(i), i / 2);
        }
    }

    private void handle(Step step, long position) throws Exception {
        projection.handle(new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(position),
                new GenericDomainEventMessage<>(step.aggregateType(), step.aggregateId(), 0, step.event(), step.metaData())));
    }

    private ProgrammeLedger ledger() {
        return JsonRecords.read(programmes.find(new Document("_id", PROGRAMME.value())).first(), ProgrammeLedger.class);
    }

    private ApplicationRecord application(String id) {
        return JsonRecords.read(applications.find(new Document("_id", id)).first(), ApplicationRecord.class);
    }

    private List<Document> documents() {
        List<Document> all = new ArrayList<>();
        programmes.find().sort(new Document("_id", 1)).forEach(all::add);
        applications.find().sort(new Document("_id", 1)).forEach(all::add);
        return all;
    }
}
