package org.greenledger.kernel.greenfinance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.greenledger.kernel.greenfinance.GreenCreditFacts.Grant;
import org.greenledger.kernel.greenfinance.GreenCreditFacts.ListedEntry;
import org.greenledger.kernel.greenfinance.GreenCreditFacts.OpenClawback;
import org.greenledger.kernel.quantity.Money;
import org.junit.jupiter.api.Test;

class GreenCreditPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final ListedEntry FACTORY = new ListedEntry("e-1", "GREEN_FACTORY", "LISTED");
    static final ListedEntry PRODUCT_REMOVED = new ListedEntry("e-2", "GREEN_DESIGN_PRODUCT", "REMOVED");

    static GreenCreditFacts facts(boolean dishonest, boolean keyEnergyUser, LocalDate audit, List<ListedEntry> entries,
                                  List<OpenClawback> clawbacks, String category) {
        return new GreenCreditFacts(true, dishonest, keyEnergyUser, audit, entries,
                List.of(new Grant("a-1", "p-1", Money.ofYuan("2000000.00"))), clawbacks, category, "GFSP-2025", TODAY, 41);
    }

    @Test
    void a_listed_honest_audited_enterprise_with_a_catalogue_project_is_eligible_and_every_criterion_says_why() {
        GreenCreditAssessment assessment = GreenCreditPolicies.current()
                .assess(facts(false, true, TODAY.minusYears(2), List.of(FACTORY, PRODUCT_REMOVED), List.of(), "1.2"));

        assertThat(assessment.eligible()).isTrue();
        assertThat(assessment.policy()).isEqualTo("green-credit-v1");
        assertThat(assessment.criteria()).extracting(GreenCreditResult::criterion)
                .containsExactly(GreenCreditCriterion.values());
        assertThat(assessment.criteria().get(1).reason()).contains("GREEN_FACTORY (entry e-1)")
                .contains("GREEN_DESIGN_PRODUCT REMOVED");
        assertThat(assessment.criteria().get(2).reason()).contains("1.2 工业节能降碳改造 is in GFSP-2025");
        assertThat(assessment.criteria().get(5).reason()).contains("2,000,000.00".replace(",", "")).contains("1 subsidy");
    }

    @Test
    void each_failing_fact_fails_its_own_criterion_only() {
        record Case(GreenCreditFacts facts, GreenCreditCriterion fails) {
        }
        List<Case> cases = List.of(
                new Case(facts(true, false, null, List.of(FACTORY), List.of(), "1.2"), GreenCreditCriterion.NOT_DISHONEST),
                new Case(facts(false, false, null, List.of(PRODUCT_REMOVED), List.of(), "1.2"), GreenCreditCriterion.ON_GREEN_LIST),
                new Case(facts(false, false, null, List.of(FACTORY), List.of(), "1.5"), GreenCreditCriterion.CATEGORY_IN_CATALOGUE),
                new Case(facts(false, true, null, List.of(FACTORY), List.of(), "1.2"), GreenCreditCriterion.ENERGY_AUDIT),
                new Case(facts(false, true, TODAY.minusYears(3).minusDays(1), List.of(FACTORY), List.of(), "1.2"),
                        GreenCreditCriterion.ENERGY_AUDIT),
                new Case(facts(false, false, null, List.of(FACTORY),
                        List.of(new OpenClawback("a-1", Money.ofYuan("500000.00"))), "1.2"), GreenCreditCriterion.NO_OPEN_CLAWBACK));
        for (Case c : cases) {
            GreenCreditAssessment assessment = GreenCreditPolicies.current().assess(c.facts());
            assertThat(assessment.eligible()).as(c.fails().name()).isFalse();
            assertThat(assessment.criteria()).filteredOn(result -> !result.met()).extracting(GreenCreditResult::criterion)
                    .as(c.fails().name()).containsExactly(c.fails());
        }
    }

    @Test
    void an_audit_exactly_three_years_old_still_counts_and_the_policy_is_found_by_its_version() {
        GreenCreditFacts facts = facts(false, true, TODAY.minusYears(3), List.of(FACTORY), List.of(), "1.2");
        assertThat(GreenCreditPolicies.byVersion("green-credit-v1").assess(facts).eligible()).isTrue();
    }
}
