package org.greenledger.command.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
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
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.greenledger.contracts.enterprise.RegisterEnterprise;
import org.greenledger.contracts.subsidy.AcceptApplication;
import org.greenledger.contracts.subsidy.ApplicationFoundIneligible;
import org.greenledger.contracts.subsidy.ApproveApplication;
import org.greenledger.contracts.subsidy.AssignExperts;
import org.greenledger.contracts.subsidy.ClawbackReason;
import org.greenledger.contracts.subsidy.DecideClawback;
import org.greenledger.contracts.subsidy.DisburseTranche;
import org.greenledger.contracts.subsidy.DraftApplication;
import org.greenledger.contracts.subsidy.OpenProgramme;
import org.greenledger.contracts.subsidy.ProjectDetails;
import org.greenledger.contracts.subsidy.RaiseObjection;
import org.greenledger.contracts.subsidy.RecordAcceptance;
import org.greenledger.contracts.subsidy.RecordRecovery;
import org.greenledger.contracts.subsidy.RegisterExpert;
import org.greenledger.contracts.subsidy.ScoreApplication;
import org.greenledger.contracts.subsidy.SubmitApplication;
import org.greenledger.contracts.subsidy.TrancheDisbursed;
import org.greenledger.kernel.enterprise.DivisionCode;
import org.greenledger.kernel.enterprise.IndustryCode;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.quantity.Tce;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.Criterion;
import org.greenledger.kernel.subsidy.CriterionResult;
import org.greenledger.kernel.subsidy.Direction;
import org.greenledger.kernel.subsidy.EligibilityRules;
import org.greenledger.kernel.subsidy.ExpertId;
import org.greenledger.kernel.subsidy.ProgrammeId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * After the approval, through the real command bus, store and deadline store, on a clock the test
 * moves. The public-notice deadline: an approval is granted once its notice is over and not before,
 * exactly once however often the deadlines are checked, also by a freshly started deadline component
 * (a restart), and not at all after an objection; the service's own poller grants one without being
 * asked. Then the money: tranches, the acceptance check lowering the grant, closure, and a clawback
 * for fraud that bars the enterprise's next application.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubsidyLifecycleTest {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();
    private static final Path DATA = createDataFolder();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final MovableClock CLOCK = new MovableClock(Instant.now());
    private static final List<ExpertId> EXPERTS = List.of(ExpertId.of("expert-x"), ExpertId.of("expert-y"),
            ExpertId.of("expert-z"));

    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore events;
    @Autowired
    NoticeDeadlines deadlines;
    @Autowired
    MongoDatabase database;

    private ProgrammeId programme;
    private int enterprises;

    @TestConfiguration
    static class MovedClock {

        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry properties) {
        properties.add("greenledger.mongodb.uri",
                () -> "mongodb://" + MONGO_ADDRESS.getHostString() + ":" + MONGO_ADDRESS.getPort() + "/subsidy-lifecycle-test");
        properties.add("greenledger.data", DATA::toString);
        properties.add("greenledger.subsidy.deadline-poll", () -> "200ms");
    }

    @BeforeAll
    void aProgrammeWithSevenDaysOfNotice() {
        LocalDate today = LocalDate.now(CLOCK);
        programme = ProgrammeId.random();
        commands.sendAndWait(new OpenProgramme(programme, today.getYear(), Direction.ENERGY_SAVING_RETROFIT, "节能技术改造专项",
                today.minusDays(1), today.plusDays(180), SubsidyFixtures.BUDGET, ProgrammeTest.TRANCHES, 7,
                new EligibilityRules(false, Set.of(), null, true), SubsidyFixtures.AMOUNTS, null));
        for (ExpertId expert : EXPERTS) {
            commands.sendAndWait(new RegisterExpert(expert, expert.value(), List.of()));
        }
    }

    @AfterAll
    void stopStore() {
        MONGO.shutdown();
    }

    @Test
    void an_approval_is_granted_once_after_its_notice_and_not_before_even_by_a_restarted_deadline_component() {
        ApplicationId application = approved();
        awaitDeadlineStored(application);

        CLOCK.moveBy(Duration.ofDays(7));
        assertThat(new NoticeDeadlines(database, commands, CLOCK).fireDue()).doesNotContain(application);
        assertThat(types(application)).doesNotContain("ApplicationGranted");

        CLOCK.moveBy(Duration.ofDays(1));
        NoticeDeadlines restarted = new NoticeDeadlines(database, commands, CLOCK);
        List<ApplicationId> first = restarted.fireDue();
        List<ApplicationId> second = restarted.fireDue();

        assertThat(types(application).stream().filter("ApplicationGranted"::equals)).hasSize(1);
        assertThat(first.contains(application) || second.isEmpty()).isTrue();
        assertThat(second).doesNotContain(application);
        assertThat(types(programme.value())).contains("FundsGranted");
    }

    @Test
    void an_objection_inside_the_notice_cancels_its_deadline() {
        ApplicationId application = approved();
        awaitDeadlineStored(application);
        commands.sendAndWait(new RaiseObjection(application, null, List.of("收到举报")));
        awaitState(application, "CANCELLED");

        CLOCK.moveBy(Duration.ofDays(30));
        deadlines.fireDue();

        assertThat(types(application)).contains("ObjectionRaised").doesNotContain("ApplicationGranted");
        assertThat(types(programme.value())).contains("ReservationReleased");
    }

    @Test
    void the_services_own_poller_grants_without_being_asked() throws Exception {
        ApplicationId application = approved();
        awaitDeadlineStored(application);

        CLOCK.moveBy(Duration.ofDays(8));

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!types(application).contains("ApplicationGranted") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(types(application)).contains("ApplicationGranted");
    }

    @Test
    void a_grant_is_paid_in_tranches_lowered_at_acceptance_and_closed_with_the_ledger_following() {
        ApplicationId application = granted();

        commands.sendAndWait(new DisburseTranche(application, 0, "PAY-1"));
        commands.sendAndWait(new RecordAcceptance(application, Tce.of("1000"), true, "YS-1"));
        commands.sendAndWait(new DisburseTranche(application, 1, "PAY-2"));

        assertThat(types(application)).endsWith("ApplicationGranted", "TrancheDisbursed", "AcceptancePassed",
                "TrancheDisbursed", "ApplicationClosed");
        List<Money> paid = events.readEvents(application.value()).asStream().map(event -> event.getPayload())
                .filter(TrancheDisbursed.class::isInstance).map(TrancheDisbursed.class::cast).map(TrancheDisbursed::amount).toList();
        assertThat(paid).containsExactly(Money.ofYuan("1500600"), Money.ofYuan("499400"));
        assertThat(types(programme.value())).contains("GrantReduced");
    }

    @Test
    void a_clawback_for_fraud_returns_the_unpaid_part_and_bars_the_enterprises_next_application() {
        Uscc applicant = uscc(++enterprises);
        ApplicationId application = granted(applicant);
        commands.sendAndWait(new DisburseTranche(application, 0, "PAY-1"));

        commands.sendAndWait(new DecideClawback(application, ClawbackReason.FRAUD, Money.ofYuan("1500600"), "虚报节能量"));
        commands.sendAndWait(new RecordRecovery(application, Money.ofYuan("1500600"), "BACK-1"));

        ApplicationId next = ApplicationId.random();
        commands.sendAndWait(new DraftApplication(next, programme, applicant,
                new ProjectDetails("另一个改造项目", "余热回收", SubsidyFixtures.PROJECT.eligibleInvestment(),
                        SubsidyFixtures.PROJECT.annualSaving(), SubsidyFixtures.PROJECT.co2Reduction(),
                        SubsidyFixtures.PROJECT.category(), SubsidyFixtures.PROJECT.documents())));
        commands.sendAndWait(new SubmitApplication(next, applicant));
        commands.sendAndWait(new AcceptApplication(next));

        ApplicationFoundIneligible ineligible = events.readEvents(next.value()).asStream().map(event -> event.getPayload())
                .filter(ApplicationFoundIneligible.class::isInstance).map(ApplicationFoundIneligible.class::cast)
                .findFirst().orElseThrow();
        assertThat(ineligible.eligibility().failures()).extracting(CriterionResult::criterion)
                .containsExactly(Criterion.NOT_BARRED);
        assertThat(ineligible.facts().barredUntil()).isEqualTo(LocalDate.now(CLOCK).plusYears(3));
        assertThat(types(programme.value())).contains("GrantReduced");
    }

    private ApplicationId granted() {
        return granted(uscc(++enterprises));
    }

    /** Approved, then granted by the deadline once the clock has passed its notice. */
    private ApplicationId granted(Uscc applicant) {
        ApplicationId application = approved(applicant);
        awaitDeadlineStored(application);
        CLOCK.moveBy(Duration.ofDays(8));
        deadlines.fireDue();
        assertThat(types(application)).contains("ApplicationGranted");
        return application;
    }

    private ApplicationId approved() {
        return approved(uscc(++enterprises));
    }

    private ApplicationId approved(Uscc applicant) {
        commands.sendAndWait(new RegisterEnterprise(applicant, "上海示范企业" + enterprises, DivisionCode.of("310113"),
                IndustryCode.of("C3110"), false));
        ApplicationId id = ApplicationId.random();
        commands.sendAndWait(new DraftApplication(id, programme, applicant, SubsidyFixtures.PROJECT));
        commands.sendAndWait(new SubmitApplication(id, applicant));
        commands.sendAndWait(new AcceptApplication(id));
        commands.sendAndWait(new AssignExperts(id, EXPERTS));
        for (ExpertId expert : EXPERTS) {
            commands.sendAndWait(new ScoreApplication(id, expert, SubsidyFixtures.SCORES, "同意"));
        }
        commands.sendAndWait(new ApproveApplication(id, null, null, List.of("专家评审通过")));
        return id;
    }

    private void awaitDeadlineStored(ApplicationId application) {
        awaitState(application, "OPEN");
    }

    private void awaitState(ApplicationId application, String state) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Document stored = database.getCollection("subsidy_notice_deadlines")
                    .find(new Document("_id", application.value())).first();
            if (stored != null && state.equals(stored.getString("state"))) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("The deadline of " + application + " did not reach " + state);
    }

    private List<String> types(String aggregateId) {
        return events.readEvents(aggregateId).asStream().map(event -> event.getPayloadType().getSimpleName()).toList();
    }

    private List<String> types(ApplicationId application) {
        return types(application.value());
    }

    private static Uscc uscc(int n) {
        String body = String.format("4%07d", n);
        String first17 = "91310113" + body + Uscc.organizationCodeCheck(body);
        return Uscc.of(first17 + Uscc.checkCharacter(first17));
    }

    /** The Shanghai clock the test moves forward. */
    static final class MovableClock extends Clock {

        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void moveBy(Duration duration) {
            now.updateAndGet(instant -> instant.plus(duration));
        }

        @Override
        public ZoneId getZone() {
            return SHANGHAI;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the test clock keeps Shanghai time");
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    private static Path createDataFolder() {
        try {
            Path folder = Files.createTempDirectory("greenledger-subsidy-lifecycle-test");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
