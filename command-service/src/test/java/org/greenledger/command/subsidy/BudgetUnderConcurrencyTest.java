package org.greenledger.command.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greenledger.contracts.enterprise.RegisterEnterprise;
import org.greenledger.contracts.subsidy.AcceptApplication;
import org.greenledger.contracts.subsidy.ApplicationApproved;
import org.greenledger.contracts.subsidy.ApproveApplication;
import org.greenledger.contracts.subsidy.AssignExperts;
import org.greenledger.contracts.subsidy.DraftApplication;
import org.greenledger.contracts.subsidy.FundsReserved;
import org.greenledger.contracts.subsidy.OpenProgramme;
import org.greenledger.contracts.subsidy.RegisterExpert;
import org.greenledger.contracts.subsidy.ScoreApplication;
import org.greenledger.contracts.subsidy.SubmitApplication;
import org.greenledger.kernel.enterprise.DivisionCode;
import org.greenledger.kernel.enterprise.IndustryCode;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.failure.Refused;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.Direction;
import org.greenledger.kernel.subsidy.EligibilityRules;
import org.greenledger.kernel.subsidy.ExpertId;
import org.greenledger.kernel.subsidy.ProgrammeId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Twelve reviewed applications, each worth 2,501,000 CNY by the rules, approved by twelve threads at
 * once against a 10,000,000 CNY programme, through the real command bus and our store: whatever
 * the interleaving, what is reserved never exceeds the budget, every approval has exactly its
 * reservation, and the budget is used to the fen (three full amounts and one bound by what was left).
 */
@SpringBootTest
class BudgetUnderConcurrencyTest {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();
    private static final Path DATA = createDataFolder();
    private static final int APPLICATIONS = 12;
    private static final Money BUDGET = Money.ofYuan("10000000");
    private static final List<ExpertId> EXPERTS = List.of(ExpertId.of("expert-a"), ExpertId.of("expert-b"),
            ExpertId.of("expert-c"));

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore events;

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry properties) {
        properties.add("greenledger.mongodb.uri",
                () -> "mongodb://" + MONGO_ADDRESS.getHostString() + ":" + MONGO_ADDRESS.getPort() + "/subsidy-budget-test");
        properties.add("greenledger.data", DATA::toString);
    }

    @AfterAll
    static void stopStore() {
        MONGO.shutdown();
    }

    @Test
    void concurrent_approvals_never_reserve_more_than_the_budget() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        ProgrammeId programme = ProgrammeId.random();
        commands.sendAndWait(new OpenProgramme(programme, today.getYear(), Direction.ENERGY_SAVING_RETROFIT, "节能技术改造专项",
                today.minusDays(1), today.plusDays(30), BUDGET, ProgrammeTest.TRANCHES, 7,
                new EligibilityRules(false, Set.of(), null, true), SubsidyFixtures.AMOUNTS, null));
        for (ExpertId expert : EXPERTS) {
            commands.sendAndWait(new RegisterExpert(expert, expert.value(), List.of()));
        }
        List<ApplicationId> applications = new ArrayList<>();
        for (int i = 0; i < APPLICATIONS; i++) {
            applications.add(reviewed(programme, uscc(i)));
        }

        ExecutorService threads = Executors.newFixedThreadPool(APPLICATIONS);
        CountDownLatch go = new CountDownLatch(1);
        Map<ApplicationId, Throwable> refused = new ConcurrentHashMap<>();
        List<Future<?>> done = new ArrayList<>();
        for (ApplicationId application : applications) {
            done.add(threads.submit(() -> {
                go.await();
                try {
                    commands.sendAndWait(new ApproveApplication(application, null, null, List.of("专家评审通过")));
                } catch (RuntimeException e) {
                    refused.put(application, e);
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> future : done) {
            future.get(60, TimeUnit.SECONDS);
        }
        threads.shutdown();

        List<FundsReserved> reservations = events.readEvents(programme.value()).asStream()
                .map(event -> event.getPayload()).filter(FundsReserved.class::isInstance).map(FundsReserved.class::cast).toList();
        Money reserved = reservations.stream().map(FundsReserved::amount).reduce(Money.ZERO, Money::plus);
        assertThat(reserved).isEqualTo(BUDGET);
        assertThat(reservations).extracting(FundsReserved::amount).containsExactlyInAnyOrder(Money.ofYuan("2501000"),
                Money.ofYuan("2501000"), Money.ofYuan("2501000"), Money.ofYuan("2497000"));
        for (FundsReserved reservation : reservations) {
            assertThat(approvedAmount(reservation.applicationId())).isEqualTo(reservation.amount());
        }
        assertThat(refused).hasSize(APPLICATIONS - reservations.size());
        assertThat(refused.values()).allSatisfy(failure -> assertThat(failure).isInstanceOf(Refused.class)
                .hasMessageContaining("reject the application instead"));
    }

    private Money approvedAmount(ApplicationId application) {
        return events.readEvents(application.value()).asStream().map(event -> event.getPayload())
                .filter(ApplicationApproved.class::isInstance).map(ApplicationApproved.class::cast)
                .map(ApplicationApproved::amount).findFirst().orElseThrow();
    }

    private ApplicationId reviewed(ProgrammeId programme, Uscc applicant) {
        commands.sendAndWait(new RegisterEnterprise(applicant, "上海示范企业" + applicant.value().substring(10),
                DivisionCode.of("310113"), IndustryCode.of("C3110"), false));
        ApplicationId id = ApplicationId.random();
        commands.sendAndWait(new DraftApplication(id, programme, applicant, SubsidyFixtures.PROJECT));
        commands.sendAndWait(new SubmitApplication(id, applicant));
        commands.sendAndWait(new AcceptApplication(id));
        commands.sendAndWait(new AssignExperts(id, EXPERTS));
        for (ExpertId expert : EXPERTS) {
            commands.sendAndWait(new ScoreApplication(id, expert, SubsidyFixtures.SCORES, "同意"));
        }
        return id;
    }

    private static Uscc uscc(int n) {
        String body = String.format("5%07d", n);
        String first17 = "91310113" + body + Uscc.organizationCodeCheck(body);
        return Uscc.of(first17 + Uscc.checkCharacter(first17));
    }

    private static Path createDataFolder() {
        try {
            Path folder = Files.createTempDirectory("greenledger-subsidy-budget-test");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
