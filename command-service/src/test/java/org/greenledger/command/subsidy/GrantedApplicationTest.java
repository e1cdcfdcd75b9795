package org.greenledger.command.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenledger.command.InvalidInputMatcher.invalidAt;
import static org.greenledger.command.subsidy.SubsidyFixtures.*;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.greenledger.contracts.subsidy.AcceptanceFailed;
import org.greenledger.contracts.subsidy.AcceptancePassed;
import org.greenledger.contracts.subsidy.ApplicationClosed;
import org.greenledger.contracts.subsidy.ClawbackDecided;
import org.greenledger.contracts.subsidy.ClawbackReason;
import org.greenledger.contracts.subsidy.DecideClawback;
import org.greenledger.contracts.subsidy.DisburseTranche;
import org.greenledger.contracts.subsidy.FundsRecovered;
import org.greenledger.contracts.subsidy.RecordAcceptance;
import org.greenledger.contracts.subsidy.RecordRecovery;
import org.greenledger.contracts.subsidy.TrancheDisbursed;
import org.greenledger.kernel.failure.IllegalTransition;
import org.greenledger.kernel.failure.Refused;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.quantity.Tce;
import org.greenledger.kernel.subsidy.AmountInputs;
import org.greenledger.kernel.subsidy.AmountPolicies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * After the grant: tranches per the plan (60 % on grant, 40 % on acceptance), the acceptance check
 * with the grant recomputed from the verified saving, clawback and recovery. The grant is the
 * computed 2,501,000 CNY.
 */
class GrantedApplicationTest {

    static final Money FIRST_TRANCHE = Money.ofYuan("1500600");

    private final FixtureConfiguration<Application> fixture = new AggregateTestFixture<>(Application.class);
    private final FakeProgrammes programmes = FakeProgrammes.withBudget();

    @BeforeEach
    void pinTheClockAndTheProgramme() {
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(programmes);
    }

    static Object[] with(Object[] history, Object... more) {
        Object[] events = Arrays.copyOf(history, history.length + more.length);
        System.arraycopy(more, 0, events, history.length, more.length);
        return events;
    }

    static TrancheDisbursed firstTranchePaid() {
        return new TrancheDisbursed(APPLICATION, PROGRAMME, 0, FIRST_TRANCHE, "PAY-2026-0618", EARLIER);
    }

    static AcceptancePassed passed(String verifiedTce, String finalGrant) {
        return new AcceptancePassed(APPLICATION, Tce.of(verifiedTce), AmountPolicies.current().decide(new AmountInputs(
                PROJECT.eligibleInvestment(), Tce.of(verifiedTce), AMOUNTS, Money.ofYuan("2501000"))),
                Money.ofYuan(finalGrant), "YS-2026-031", EARLIER);
    }

    @Nested
    class Disbursing {

        @Test
        void the_first_tranche_is_its_share_of_the_grant_once_granted() {
            fixture.given(granted())
                    .when(new DisburseTranche(APPLICATION, 0, "PAY-2026-0618"))
                    .expectEvents(new TrancheDisbursed(APPLICATION, PROGRAMME, 0, FIRST_TRANCHE, "PAY-2026-0618", NOW));
        }

        @Test
        void the_tranche_due_on_acceptance_waits_for_a_passed_check() {
            fixture.given(with(granted(), firstTranchePaid()))
                    .when(new DisburseTranche(APPLICATION, 1, "PAY-2"))
                    .expectNoEvents()
                    .expectException(Refused.class)
                    .expectExceptionMessage(containsString("released on a passed acceptance check"));
        }

        @Test
        void a_tranche_is_paid_once_and_only_tranches_of_the_plan_exist() {
            fixture.given(with(granted(), firstTranchePaid()))
                    .when(new DisburseTranche(APPLICATION, 0, "PAY-3"))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class);
            fixture.given(granted())
                    .when(new DisburseTranche(APPLICATION, 2, "PAY-4"))
                    .expectNoEvents()
                    .expectException(invalidAt("tranche"));
        }

        @Test
        void nothing_is_paid_before_the_grant_or_without_a_payment_reference() {
            fixture.given(approved())
                    .when(new DisburseTranche(APPLICATION, 0, "PAY-5"))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class);
            fixture.given(granted())
                    .when(new DisburseTranche(APPLICATION, 0, " "))
                    .expectNoEvents()
                    .expectException(invalidAt("paymentReference"));
        }

        @Test
        void the_final_tranche_after_a_pass_takes_what_is_left_of_the_final_grant_and_closes_the_project() {
            fixture.given(with(granted(), firstTranchePaid(), passed("1000", "2000000")))
                    .when(new DisburseTranche(APPLICATION, 1, "PAY-2026-1120"))
                    .expectEvents(new TrancheDisbursed(APPLICATION, PROGRAMME, 1, Money.ofYuan("499400"), "PAY-2026-1120", NOW),
                            new ApplicationClosed(APPLICATION, Money.ofYuan("2000000"), NOW));
        }
    }

    @Nested
    class CheckingAcceptance {

        @Test
        void a_pass_recomputes_the_grant_from_the_verified_saving_and_returns_the_difference() {
            fixture.given(with(granted(), firstTranchePaid()))
                    .when(new RecordAcceptance(APPLICATION, Tce.of("1000"), true, "YS-2026-031"))
                    .expectEvents(new AcceptancePassed(APPLICATION, Tce.of("1000"), AmountPolicies.current().decide(
                            new AmountInputs(PROJECT.eligibleInvestment(), Tce.of("1000"), AMOUNTS, Money.ofYuan("2501000"))),
                            Money.ofYuan("2000000"), "YS-2026-031", NOW));
            assertThat(programmes.reductions).containsExactly("ACCEPTANCE CNY 501000.00");
        }

        @Test
        void a_larger_verified_saving_never_raises_the_grant() {
            fixture.given(granted())
                    .when(new RecordAcceptance(APPLICATION, Tce.of("5000"), true, "YS-2026-032"))
                    .expectEvents(new AcceptancePassed(APPLICATION, Tce.of("5000"), AmountPolicies.current().decide(
                            new AmountInputs(PROJECT.eligibleInvestment(), Tce.of("5000"), AMOUNTS, Money.ofYuan("2501000"))),
                            Money.ofYuan("2501000"), "YS-2026-032", NOW));
            assertThat(programmes.reductions).isEmpty();
        }

        @Test
        void a_fail_opens_a_clawback_review() {
            fixture.given(granted())
                    .when(new RecordAcceptance(APPLICATION, Tce.of("120"), false, "YS-2026-033"))
                    .expectEvents(new AcceptanceFailed(APPLICATION, Tce.of("120"), "YS-2026-033", NOW));
        }

        @Test
        void only_a_granted_project_is_checked_once() {
            fixture.given(with(granted(), passed("1000", "2000000")))
                    .when(new RecordAcceptance(APPLICATION, Tce.of("1000"), true, "YS-2026-034"))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class);
        }
    }

    @Nested
    class ClawingBack {

        @Test
        void after_a_failed_check_what_was_paid_is_reclaimed_and_the_unpaid_rest_returns_to_the_programme() {
            fixture.given(with(granted(), firstTranchePaid(), new AcceptanceFailed(APPLICATION, Tce.of("120"), "YS-1", EARLIER)))
                    .when(new DecideClawback(APPLICATION, ClawbackReason.FAILED_ACCEPTANCE, FIRST_TRANCHE, "节能量未达标"))
                    .expectEvents(new ClawbackDecided(APPLICATION, PROGRAMME, ClawbackReason.FAILED_ACCEPTANCE, FIRST_TRANCHE,
                            Money.ofYuan("1000400"), "节能量未达标", null, NOW));
            assertThat(programmes.reductions).containsExactly("CLAWBACK CNY 1000400.00");
        }

        @Test
        void fraud_bars_the_enterprise_for_three_years() {
            fixture.given(with(granted(), firstTranchePaid()))
                    .when(new DecideClawback(APPLICATION, ClawbackReason.FRAUD, FIRST_TRANCHE, "虚报节能量"))
                    .expectEvents(new ClawbackDecided(APPLICATION, PROGRAMME, ClawbackReason.FRAUD, FIRST_TRANCHE,
                            Money.ofYuan("1000400"), "虚报节能量", LocalDate.of(2029, 6, 30), NOW));
        }

        @Test
        void no_more_than_was_paid_is_reclaimed() {
            fixture.given(with(granted(), firstTranchePaid()))
                    .when(new DecideClawback(APPLICATION, ClawbackReason.MISUSE, Money.ofYuan("1500600.01"), "挪用"))
                    .expectNoEvents()
                    .expectException(invalidAt("amountYuan"));
        }

        @Test
        void a_recovery_is_credited_up_to_what_is_due_and_returns_to_the_programme() {
            Object[] clawedBack = with(granted(), firstTranchePaid(), new ClawbackDecided(APPLICATION, PROGRAMME,
                    ClawbackReason.MISUSE, FIRST_TRANCHE, Money.ofYuan("1000400"), "挪用", null, EARLIER));

            fixture.given(clawedBack)
                    .when(new RecordRecovery(APPLICATION, Money.ofYuan("1000000"), "BACK-2026-01"))
                    .expectEvents(new FundsRecovered(APPLICATION, PROGRAMME, Money.ofYuan("1000000"), "BACK-2026-01", NOW));
            assertThat(programmes.reductions).containsExactly("RECOVERY CNY 1000000.00");
            fixture.given(with(clawedBack, new FundsRecovered(APPLICATION, PROGRAMME, Money.ofYuan("1000000"), "BACK-1",
                            EARLIER)))
                    .when(new RecordRecovery(APPLICATION, Money.ofYuan("500600.01"), "BACK-2026-02"))
                    .expectNoEvents()
                    .expectException(invalidAt("amountYuan"));
        }

        @Test
        void nothing_is_recovered_before_a_clawback_and_nothing_paid_after_one() {
            fixture.given(with(granted(), firstTranchePaid()))
                    .when(new RecordRecovery(APPLICATION, Money.ofYuan("1"), "BACK-3"))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class);
            fixture.given(with(granted(), new ClawbackDecided(APPLICATION, PROGRAMME, ClawbackReason.MISUSE, Money.ZERO,
                            Money.ofYuan("2501000"), "挪用", null, EARLIER)))
                    .when(new DisburseTranche(APPLICATION, 0, "PAY-6"))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class);
        }
    }
}
