package org.greenledger.command.subsidy;

import static org.greenledger.command.InvalidInputMatcher.invalidAt;
import static org.greenledger.command.subsidy.SubsidyFixtures.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.greenledger.contracts.subsidy.OpenProgramme;
import org.greenledger.contracts.subsidy.ProgrammeOpened;
import org.greenledger.contracts.subsidy.PublishRuleSet;
import org.greenledger.contracts.subsidy.RuleSetPublished;
import org.greenledger.kernel.greenlist.Percent;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.AmountRules;
import org.greenledger.kernel.subsidy.Direction;
import org.greenledger.kernel.subsidy.EligibilityRules;
import org.greenledger.kernel.subsidy.InterestBasis;
import org.greenledger.kernel.subsidy.InterestRules;
import org.greenledger.kernel.subsidy.RuleSet;
import org.greenledger.kernel.subsidy.Tranche;
import org.greenledger.kernel.subsidy.TrancheRelease;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A 2026 green-loan interest subsidy (绿色贷款贴息) programme: half the interest, at most 1,000,000 CNY a project. */
class InterestProgrammeTest {

    static final EligibilityRules ANYONE_LISTED = new EligibilityRules(true, Set.of(), null, false);
    static final AmountRules CAP = new AmountRules(null, null, Money.ofYuan("1000000.00"));
    static final InterestRules HALF = new InterestRules(InterestBasis.SHARE_OF_INTEREST, Percent.of("50"), null);
    static final InterestRules POINTS = new InterestRules(InterestBasis.RATE_REDUCTION, null, new BigDecimal("1.5"));
    static final List<Tranche> ON_GRANT = List.of(new Tranche(Percent.of("100"), TrancheRelease.ON_GRANT));

    private final FixtureConfiguration<Programme> fixture = new AggregateTestFixture<>(Programme.class);

    @BeforeEach
    void pinTheClock() {
        fixture.registerInjectableResource(CLOCK);
    }

    static OpenProgramme open(Direction direction, AmountRules amounts, InterestRules interest) {
        return new OpenProgramme(PROGRAMME, 2026, direction, "2026年度绿色贷款贴息", OPENS, CLOSES, BUDGET, ON_GRANT, 7,
                ANYONE_LISTED, amounts, interest);
    }

    static ProgrammeOpened opened() {
        return new ProgrammeOpened(PROGRAMME, 2026, Direction.INTEREST_SUBSIDY, "2026年度绿色贷款贴息", OPENS, CLOSES, BUDGET,
                ON_GRANT, 7, new RuleSet(1, ANYONE_LISTED, CAP, HALF), EARLIER);
    }

    @Test
    void an_interest_subsidy_programme_opens_with_its_interest_rule_in_rule_set_1() {
        fixture.givenNoPriorActivity()
                .when(open(Direction.INTEREST_SUBSIDY, CAP, HALF))
                .expectEvents(new ProgrammeOpened(PROGRAMME, 2026, Direction.INTEREST_SUBSIDY, "2026年度绿色贷款贴息", OPENS,
                        CLOSES, BUDGET, ON_GRANT, 7, new RuleSet(1, ANYONE_LISTED, CAP, HALF), NOW));
    }

    @Test
    void the_interest_rule_belongs_to_interest_subsidy_programmes_only_bounded_by_a_cap_alone() {
        fixture.givenNoPriorActivity()
                .when(open(Direction.INTEREST_SUBSIDY, CAP, null))
                .expectNoEvents()
                .expectException(invalidAt("interest"));
        fixture.givenNoPriorActivity()
                .when(open(Direction.ENERGY_SAVING_RETROFIT, CAP, HALF))
                .expectNoEvents()
                .expectException(invalidAt("interest"));
        fixture.givenNoPriorActivity()
                .when(open(Direction.INTEREST_SUBSIDY, AMOUNTS, HALF))
                .expectNoEvents()
                .expectException(invalidAt("amounts"));
    }

    @Test
    void a_new_rule_set_may_change_the_interest_rule_alone() {
        fixture.given(opened())
                .when(new PublishRuleSet(PROGRAMME, ANYONE_LISTED, CAP, POINTS, "改为降息1.5个百分点"))
                .expectEvents(new RuleSetPublished(PROGRAMME, new RuleSet(2, ANYONE_LISTED, CAP, POINTS), "改为降息1.5个百分点",
                        NOW));
        fixture.given(opened())
                .when(new PublishRuleSet(PROGRAMME, ANYONE_LISTED, CAP, HALF, "重复"))
                .expectNoEvents()
                .expectException(invalidAt("eligibility"));
    }
}
