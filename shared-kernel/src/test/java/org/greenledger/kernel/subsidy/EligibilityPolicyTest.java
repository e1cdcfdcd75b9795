package org.greenledger.kernel.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.greenledger.kernel.greenlist.ListCategory;
import org.junit.jupiter.api.Test;

class EligibilityPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    static final EligibilityRules STRICT = new EligibilityRules(true, Set.of(ListCategory.GREEN_FACTORY), 3, true);
    static final EligibilityRules LENIENT = new EligibilityRules(false, Set.of(), null, false);
    static final ApplicationId OTHER = ApplicationId.of("0b8f5c1e-5d4a-4b6f-9e21-0c7d8a9b1e2f");

    private final EligibilityPolicy policy = EligibilityPolicies.current();

    static EligibilityFacts clean() {
        return new EligibilityFacts(true, false, true, LocalDate.of(2024, 5, 1), Set.of(ListCategory.GREEN_FACTORY), null,
                List.of(), TODAY, 41);
    }

    @Test
    void a_registered_honest_listed_audited_applicant_meets_every_criterion_each_with_its_reason() {
        EligibilityAssessment assessment = policy.assess(clean(), STRICT, ProjectCategory.ENERGY_SAVING_RETROFIT);

        assertThat(assessment.eligible()).isTrue();
        assertThat(assessment.policy()).isEqualTo("eligibility-v1");
        assertThat(assessment.criteria()).extracting(CriterionResult::criterion).containsExactly(Criterion.values());
        assertThat(assessment.criteria()).allSatisfy(c -> assertThat(c.reason()).isNotBlank());
    }

    @Test
    void each_broken_rule_fails_its_own_criterion_only() {
        assertFailsOnly(new EligibilityFacts(false, false, true, LocalDate.of(2024, 5, 1), Set.of(ListCategory.GREEN_FACTORY),
                null, List.of(), TODAY, 1), ProjectCategory.CLEAN_PRODUCTION, Criterion.REGISTERED);
        assertFailsOnly(new EligibilityFacts(true, true, true, LocalDate.of(2024, 5, 1), Set.of(ListCategory.GREEN_FACTORY),
                null, List.of(), TODAY, 1), ProjectCategory.CLEAN_PRODUCTION, Criterion.NOT_DISHONEST);
        assertFailsOnly(new EligibilityFacts(true, false, true, LocalDate.of(2023, 6, 29), Set.of(ListCategory.GREEN_FACTORY),
                null, List.of(), TODAY, 1), ProjectCategory.CLEAN_PRODUCTION, Criterion.ENERGY_AUDIT);
        assertFailsOnly(new EligibilityFacts(true, false, true, null, Set.of(ListCategory.GREEN_FACTORY),
                null, List.of(), TODAY, 1), ProjectCategory.CLEAN_PRODUCTION, Criterion.ENERGY_AUDIT);
        assertFailsOnly(clean(), ProjectCategory.NEW_CAPACITY_STEEL, Criterion.NOT_TWO_HIGH);
        assertFailsOnly(new EligibilityFacts(true, false, true, LocalDate.of(2024, 5, 1), Set.of(ListCategory.GREEN_PARK),
                null, List.of(), TODAY, 1), ProjectCategory.CLEAN_PRODUCTION, Criterion.ON_GREEN_LIST);
        assertFailsOnly(new EligibilityFacts(true, false, true, LocalDate.of(2024, 5, 1), Set.of(ListCategory.GREEN_FACTORY),
                TODAY, List.of(), TODAY, 1), ProjectCategory.CLEAN_PRODUCTION, Criterion.NOT_BARRED);
        assertFailsOnly(new EligibilityFacts(true, false, true, LocalDate.of(2024, 5, 1), Set.of(ListCategory.GREEN_FACTORY),
                null, List.of(OTHER), TODAY, 1), ProjectCategory.CLEAN_PRODUCTION, Criterion.NO_OTHER_LIVE_APPLICATION);
    }

    @Test
    void an_audit_exactly_the_allowed_years_old_still_counts_and_a_bar_ends_after_its_last_day() {
        EligibilityFacts audited = new EligibilityFacts(true, false, true, TODAY.minusYears(3), Set.of(ListCategory.GREEN_FACTORY),
                TODAY.minusDays(1), List.of(), TODAY, 1);

        assertThat(policy.assess(audited, STRICT, ProjectCategory.CLEAN_PRODUCTION).eligible()).isTrue();
    }

    @Test
    void switches_that_are_off_make_their_criteria_met_and_say_so() {
        EligibilityFacts unlistedUnaudited = new EligibilityFacts(true, false, true, null, Set.of(), null, List.of(), TODAY, 1);

        EligibilityAssessment assessment = policy.assess(unlistedUnaudited, LENIENT, ProjectCategory.NEW_COAL_POWER);

        assertThat(assessment.eligible()).isTrue();
        assertThat(assessment.criteria()).filteredOn(c -> c.criterion() == Criterion.ENERGY_AUDIT).singleElement()
                .extracting(CriterionResult::reason).isEqualTo("the rule set requires no energy audit");
    }

    @Test
    void a_green_list_requirement_without_categories_accepts_any_listing() {
        EligibilityRules anyListing = new EligibilityRules(true, Set.of(), null, false);
        EligibilityFacts park = new EligibilityFacts(true, false, false, null, Set.of(ListCategory.GREEN_PARK), null, List.of(),
                TODAY, 1);
        EligibilityFacts unlisted = new EligibilityFacts(true, false, false, null, Set.of(), null, List.of(), TODAY, 1);

        assertThat(policy.assess(park, anyListing, ProjectCategory.CLEAN_PRODUCTION).eligible()).isTrue();
        assertThat(policy.assess(unlisted, anyListing, ProjectCategory.CLEAN_PRODUCTION).failures())
                .extracting(CriterionResult::criterion).containsExactly(Criterion.ON_GREEN_LIST);
    }

    private void assertFailsOnly(EligibilityFacts facts, ProjectCategory category, Criterion failing) {
        EligibilityAssessment assessment = policy.assess(facts, STRICT, category);

        assertThat(assessment.eligible()).isFalse();
        assertThat(assessment.failures()).extracting(CriterionResult::criterion).containsExactly(failing);
    }
}
