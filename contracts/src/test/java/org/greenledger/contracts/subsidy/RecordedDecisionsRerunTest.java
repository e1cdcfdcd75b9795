package org.greenledger.contracts.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.AmountDecision;
import org.greenledger.kernel.subsidy.AmountInputs;
import org.greenledger.kernel.subsidy.AmountPolicies;
import org.greenledger.kernel.subsidy.AmountRules;
import org.greenledger.kernel.subsidy.EligibilityPolicies;
import org.greenledger.kernel.subsidy.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * Decisions as they were recorded (JSON frozen in {@code src/test/resources/recorded}) re-run from
 * what they recorded, under the policy versions they name: the same amount, the same terms and
 * reasons, the same eligibility, criterion by criterion. A policy edited in place breaks this build;
 * a new rule-set version or policy changes nothing here.
 */
class RecordedDecisionsRerunTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void an_approval_of_june_2026_re_runs_to_the_same_terms_amount_and_eligibility() throws IOException {
        ApplicationApproved recorded = recorded("application-approved-2026-06-30.json");

        AmountDecision rerun = AmountPolicies.byVersion(recorded.computed().policy()).decide(recorded.inputs());

        assertThat(rerun).isEqualTo(recorded.computed());
        assertThat(rerun.amount()).isEqualTo(Money.ofYuan("2501000"));
        assertThat(recorded.amount()).as("granted less, with a reason").isLessThan(rerun.amount());
        assertThat(EligibilityPolicies.byVersion(recorded.eligibility().policy())
                .assess(recorded.facts(), recorded.eligibilityRules(), recorded.category()))
                .isEqualTo(recorded.eligibility());
    }

    @Test
    void a_newer_rule_version_computes_another_amount_and_leaves_the_recorded_one_as_it_was() throws IOException {
        ApplicationApproved recorded = recorded("application-approved-2026-06-30.json");
        RuleSet newer = new RuleSet(recorded.ruleSetVersion() + 1, recorded.eligibilityRules(),
                new AmountRules(Money.ofYuan("1500"), null, Money.ofYuan("1000000")));

        AmountDecision underNewer = AmountPolicies.current().decide(new AmountInputs(recorded.inputs().eligibleInvestment(),
                recorded.inputs().annualSaving(), newer.amounts(), recorded.inputs().remainingBudget()));
        AmountDecision rerun = AmountPolicies.byVersion(recorded.computed().policy()).decide(recorded.inputs());

        assertThat(underNewer.amount()).isEqualTo(Money.ofYuan("1000000"));
        assertThat(rerun).isEqualTo(recorded.computed());
    }

    private ApplicationApproved recorded(String name) throws IOException {
        try (InputStream json = getClass().getResourceAsStream("/recorded/" + name)) {
            return mapper.readValue(json, ApplicationApproved.class);
        }
    }
}
