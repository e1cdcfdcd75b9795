package org.greenledger.command.subsidy;

import static org.greenledger.command.InvalidInputMatcher.invalidAt;
import static org.greenledger.command.subsidy.SubsidyFixtures.*;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.greenledger.contracts.subsidy.AdjustBudget;
import org.greenledger.contracts.subsidy.BudgetAdjusted;
import org.greenledger.contracts.subsidy.FundsReserved;
import org.greenledger.contracts.subsidy.OpenProgramme;
import org.greenledger.contracts.subsidy.ProgrammeOpened;
import org.greenledger.contracts.subsidy.PublishRuleSet;
import org.greenledger.contracts.subsidy.RuleSetPublished;
import org.greenledger.kernel.failure.Refused;
import org.greenledger.kernel.greenlist.Percent;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.Direction;
import org.greenledger.kernel.subsidy.Tranche;
import org.greenledger.kernel.subsidy.TrancheRelease;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProgrammeTest {

    static final List<Tranche> TRANCHES = SubsidyFixtures.TRANCHES;
    static final String TITLE = "2026年度节能技术改造专项";

    private final FixtureConfiguration<Programme> fixture = new AggregateTestFixture<>(Programme.class);

    @BeforeEach
    void pinTheClock() {
        fixture.registerInjectableResource(CLOCK);
    }

    static OpenProgramme open(Money budget, List<Tranche> tranches, int noticeDays) {
        return new OpenProgramme(PROGRAMME, 2026, Direction.ENERGY_SAVING_RETROFIT, TITLE, OPENS, CLOSES, budget, tranches,
                noticeDays, ELIGIBILITY, AMOUNTS, null);
    }

    static ProgrammeOpened opened() {
        return new ProgrammeOpened(PROGRAMME, 2026, Direction.ENERGY_SAVING_RETROFIT, TITLE, OPENS, CLOSES, BUDGET, TRANCHES, 7,
                RULES_1, EARLIER);
    }

    static FundsReserved reserved(String yuan, String remaining) {
        return new FundsReserved(PROGRAMME, APPLICATION, Money.ofYuan(yuan), Money.ofYuan(remaining), EARLIER);
    }

    @Nested
    class Opening {

        @Test
        void an_official_opens_a_programme_with_rule_set_version_1() {
            fixture.givenNoPriorActivity()
                    .when(open(BUDGET, TRANCHES, 7))
                    .expectEvents(new ProgrammeOpened(PROGRAMME, 2026, Direction.ENERGY_SAVING_RETROFIT, TITLE, OPENS, CLOSES,
                            BUDGET, TRANCHES, 7, RULES_1, NOW));
        }

        @Test
        void tranche_shares_add_up_to_100_percent() {
            fixture.givenNoPriorActivity()
                    .when(open(BUDGET, List.of(new Tranche(Percent.of("60"), TrancheRelease.ON_GRANT),
                            new Tranche(Percent.of("30"), TrancheRelease.ON_ACCEPTANCE)), 7))
                    .expectNoEvents()
                    .expectException(invalidAt("tranches"))
                    .expectExceptionMessage(containsString("add up to 90%"));
        }

        @Test
        void a_window_that_closes_before_it_opens_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(new OpenProgramme(PROGRAMME, 2026, Direction.CLEAN_PRODUCTION, TITLE, CLOSES, OPENS, BUDGET, TRANCHES, 7,
                            ELIGIBILITY, AMOUNTS, null))
                    .expectNoEvents()
                    .expectException(invalidAt("closesOn"));
        }

        @Test
        void a_programme_has_a_budget_and_a_notice_period() {
            fixture.givenNoPriorActivity()
                    .when(open(Money.ZERO, TRANCHES, 7))
                    .expectNoEvents()
                    .expectException(invalidAt("budgetYuan"));
            fixture.givenNoPriorActivity()
                    .when(open(BUDGET, TRANCHES, 0))
                    .expectNoEvents()
                    .expectException(invalidAt("noticeDays"));
        }

        @Test
        void a_programme_has_a_title() {
            fixture.givenNoPriorActivity()
                    .when(new OpenProgramme(PROGRAMME, 2026, Direction.CLEAN_PRODUCTION, " ", OPENS, CLOSES, BUDGET, TRANCHES, 7,
                            ELIGIBILITY, AMOUNTS, null))
                    .expectNoEvents()
                    .expectException(invalidAt("title"));
        }
    }

    @Nested
    class PublishingRules {

        @Test
        void a_new_version_is_numbered_after_the_last() {
            fixture.given(opened())
                    .when(new PublishRuleSet(PROGRAMME, RULES_2.eligibility(), RULES_2.amounts(), null, "下调补助标准"))
                    .expectEvents(new RuleSetPublished(PROGRAMME, RULES_2, "下调补助标准", NOW));
        }

        @Test
        void the_same_rules_again_are_no_new_version() {
            fixture.given(opened())
                    .when(new PublishRuleSet(PROGRAMME, ELIGIBILITY, AMOUNTS, null, "重复"))
                    .expectNoEvents()
                    .expectException(invalidAt("eligibility"));
        }

        @Test
        void a_change_of_rules_says_why() {
            fixture.given(opened())
                    .when(new PublishRuleSet(PROGRAMME, RULES_2.eligibility(), RULES_2.amounts(), null, null))
                    .expectNoEvents()
                    .expectException(invalidAt("reason"));
        }
    }

    @Nested
    class AdjustingTheBudget {

        @Test
        void the_budget_is_raised_with_a_reason() {
            fixture.given(opened())
                    .when(new AdjustBudget(PROGRAMME, Money.ofYuan("60000000"), "追加年度预算"))
                    .expectEvents(new BudgetAdjusted(PROGRAMME, BUDGET, Money.ofYuan("60000000"), "追加年度预算", NOW));
        }

        @Test
        void it_may_fall_to_what_is_reserved_but_not_below() {
            fixture.given(opened(), reserved("2501000", "47499000"))
                    .when(new AdjustBudget(PROGRAMME, Money.ofYuan("2501000"), "压减"))
                    .expectEvents(new BudgetAdjusted(PROGRAMME, BUDGET, Money.ofYuan("2501000"), "压减", NOW));
            fixture.given(opened(), reserved("2501000", "47499000"))
                    .when(new AdjustBudget(PROGRAMME, Money.ofYuan("2500999.99"), "压减"))
                    .expectNoEvents()
                    .expectException(Refused.class)
                    .expectExceptionMessage(containsString("cannot fall below"));
        }

        @Test
        void the_same_budget_is_no_change() {
            fixture.given(opened())
                    .when(new AdjustBudget(PROGRAMME, BUDGET, "无变化"))
                    .expectNoEvents()
                    .expectException(invalidAt("budgetYuan"));
        }
    }
}
