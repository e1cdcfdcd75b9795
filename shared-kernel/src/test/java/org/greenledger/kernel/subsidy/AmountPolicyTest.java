package org.greenledger.kernel.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.failure.NotFound;
import org.greenledger.kernel.greenlist.Percent;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.quantity.Tce;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AmountPolicyTest {

    /** 2,000 CNY per tce, at most 30% of investment, at most 10,000,000 CNY per project. */
    static final AmountRules REAL_SHAPE = new AmountRules(Money.ofYuan("2000"), Percent.of("30"), Money.ofYuan("10000000"));

    @ParameterizedTest(name = "investment {0}, saving {1} tce, budget {2}: {3} set by {4}")
    @CsvSource({
            // the saving binds: 1,250.5 tce × 2,000 = 2,501,000.00 < 30% of 20,000,000
            "20000000,    1250.5,   50000000, 2501000.00,  RATE_PER_TCE",
            // the share binds: 30% of 1,000,000 = 300,000 < 2,000 × 500
            "1000000,     500,      50000000, 300000.00,   INVESTMENT_SHARE",
            // the cap binds
            "100000000,   9000,     50000000, 10000000.00, CAP_PER_PROJECT",
            // the budget binds
            "100000000,   9000,     1234567.89, 1234567.89, REMAINING_BUDGET",
            // 30% of 0.07 yuan is 2.1 fen: rounded down to 2 fen
            "0.07,        1,        50000000, 0.02,        INVESTMENT_SHARE",
            // 2,000 × 0.001 tce = 2 yuan exactly
            "1000,        0.001,    50000000, 2.00,        RATE_PER_TCE",
            // equal terms: the first in order is named
            "10000,       1.5,      50000000, 3000.00,     RATE_PER_TCE"
    })
    void the_amount_is_the_least_term(String investment, String saving, String budget, String amount, AmountTerm.Kind binding) {
        AmountDecision decision = AmountPolicies.current().decide(
                new AmountInputs(Money.ofYuan(investment), Tce.of(saving), REAL_SHAPE, Money.ofYuan(budget)));

        assertThat(decision.amount()).isEqualTo(Money.ofYuan(amount));
        assertThat(decision.binding()).isEqualTo(binding);
        assertThat(decision.policy()).isEqualTo("amount-v1");
        assertThat(decision.terms()).extracting(AmountTerm::kind).containsExactly(AmountTerm.Kind.RATE_PER_TCE, AmountTerm.Kind.INVESTMENT_SHARE,
                AmountTerm.Kind.CAP_PER_PROJECT, AmountTerm.Kind.REMAINING_BUDGET);
    }

    @Test
    void an_absent_parameter_is_no_term_and_each_term_says_how_it_was_computed() {
        AmountRules rateOnly = new AmountRules(Money.ofYuan("2000"), null, null);

        AmountDecision decision = AmountPolicies.current().decide(
                new AmountInputs(Money.ofYuan("1000000"), Tce.of("1250.5"), rateOnly, Money.ofYuan("50000000")));

        assertThat(decision.terms()).extracting(AmountTerm::kind)
                .containsExactly(AmountTerm.Kind.RATE_PER_TCE, AmountTerm.Kind.REMAINING_BUDGET);
        assertThat(decision.terms().get(0).reason()).isEqualTo(
                "2000.00 CNY/tce × 1250.500 tce saved per year = CNY 2501000.00 (rounded down to the fen)");
        assertThat(decision.amount()).isEqualTo(Money.ofYuan("2501000"));
    }

    @Test
    void a_rule_set_bounds_the_amount_by_at_least_one_parameter_above_zero() {
        assertThatThrownBy(() -> new AmountRules(null, null, null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("at least one");
        assertThatThrownBy(() -> new AmountRules(Money.ZERO, null, null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("ratePerTce"));
        assertThatThrownBy(() -> new AmountRules(null, Percent.of("0"), null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("investmentShare"));
    }

    @Test
    void a_recorded_decision_names_a_policy_that_can_be_found_again() {
        assertThat(AmountPolicies.byVersion("amount-v1")).isSameAs(AmountPolicies.current());
        assertThatThrownBy(() -> AmountPolicies.byVersion("amount-v0")).isInstanceOf(NotFound.class);
    }
}
