package org.greenledger.kernel.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.greenfinance.AnnualRate;
import org.greenledger.kernel.greenlist.Percent;
import org.greenledger.kernel.quantity.Money;
import org.junit.jupiter.api.Test;

class InterestPolicyTest {

    static final Money PRINCIPAL = Money.ofYuan("5000000.00");
    static final AnnualRate RATE = AnnualRate.of("3.1");
    static final InterestRules HALF = new InterestRules(InterestBasis.SHARE_OF_INTEREST, Percent.of("50"), null);
    static final InterestRules ONE_AND_A_HALF_POINTS = new InterestRules(InterestBasis.RATE_REDUCTION, null,
            new BigDecimal("1.5"));
    static final Money PLENTY = Money.ofYuan("100000000.00");

    @Test
    void half_the_interest_of_five_million_at_3_1_percent_for_three_years_is_232_500() {
        AmountDecision decision = InterestPolicies.current().decide(new InterestInputs(PRINCIPAL, RATE, 36, HALF,
                Money.ofYuan("1000000.00"), PLENTY));

        assertThat(decision.policy()).isEqualTo("interest-v1");
        assertThat(decision.amount()).isEqualTo(Money.ofYuan("232500.00"));
        assertThat(decision.binding()).isEqualTo(AmountTerm.Kind.INTEREST_SHARE);
        assertThat(decision.terms().get(0).reason()).contains("465000.00");
    }

    @Test
    void a_rate_reduction_counts_its_points_over_the_term_and_the_cap_and_budget_bound_it() {
        AmountDecision reduced = InterestPolicies.current().decide(new InterestInputs(PRINCIPAL, RATE, 36,
                ONE_AND_A_HALF_POINTS, null, PLENTY));
        assertThat(reduced.amount()).isEqualTo(Money.ofYuan("225000.00"));

        AmountDecision capped = InterestPolicies.current().decide(new InterestInputs(PRINCIPAL, RATE, 36,
                ONE_AND_A_HALF_POINTS, Money.ofYuan("200000.00"), PLENTY));
        assertThat(capped.amount()).isEqualTo(Money.ofYuan("200000.00"));
        assertThat(capped.binding()).isEqualTo(AmountTerm.Kind.CAP_PER_PROJECT);

        AmountDecision short_ = InterestPolicies.current().decide(new InterestInputs(PRINCIPAL, RATE, 36,
                ONE_AND_A_HALF_POINTS, null, Money.ofYuan("1000.00")));
        assertThat(short_.binding()).isEqualTo(AmountTerm.Kind.REMAINING_BUDGET);
    }

    @Test
    void a_reduction_never_exceeds_the_rate_itself() {
        AmountDecision decision = InterestPolicies.current().decide(new InterestInputs(PRINCIPAL, AnnualRate.of("1.2"), 12,
                new InterestRules(InterestBasis.RATE_REDUCTION, null, new BigDecimal("2")), null, PLENTY));
        assertThat(decision.amount()).isEqualTo(Money.ofYuan("60000.00"));
        assertThat(decision.terms().get(0).reason()).contains("limited to the rate 1.2%");
    }

    @Test
    void a_rule_names_its_basis_and_only_the_measure_of_that_basis() {
        assertThatThrownBy(() -> new InterestRules(null, Percent.of("50"), null)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new InterestRules(InterestBasis.SHARE_OF_INTEREST, null, null))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new InterestRules(InterestBasis.SHARE_OF_INTEREST, Percent.of("50"), BigDecimal.ONE))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new InterestRules(InterestBasis.RATE_REDUCTION, null, new BigDecimal("10.5")))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new InterestRules(InterestBasis.RATE_REDUCTION, null, BigDecimal.ZERO))
                .isInstanceOf(InvalidInput.class);
    }

    /** Checked against an independent computation in whole numbers, floored once. */
    @Property
    void the_share_of_interest_is_exact_to_the_fen_and_never_above_the_interest(
            @ForAll @LongRange(min = 1, max = 10_000_000_000L) long fen, @ForAll @IntRange(min = 1, max = 2400) int rateBp,
            @ForAll @IntRange(min = 1, max = 360) int months, @ForAll @IntRange(min = 1, max = 10000) int shareBp) {
        AnnualRate rate = new AnnualRate(BigDecimal.valueOf(rateBp, 2));
        Percent share = new Percent(BigDecimal.valueOf(shareBp, 2));
        AmountDecision decision = InterestPolicies.current().decide(new InterestInputs(Money.ofFen(fen), rate, months,
                new InterestRules(InterestBasis.SHARE_OF_INTEREST, share, null), null, Money.ofFen(Long.MAX_VALUE / 4)));

        // in whole numbers: fen × (rateBp / 100) % × months / 12 × (shareBp / 100) %
        BigInteger interestTimes120000 = BigInteger.valueOf(fen).multiply(BigInteger.valueOf(rateBp))
                .multiply(BigInteger.valueOf(months));
        long expected = interestTimes120000.multiply(BigInteger.valueOf(shareBp)).divide(BigInteger.valueOf(1_200_000_000L))
                .longValueExact();
        assertThat(decision.terms().get(0).amount().fen()).isEqualTo(expected);
        assertThat(BigInteger.valueOf(decision.amount().fen()).multiply(BigInteger.valueOf(120_000)))
                .isLessThanOrEqualTo(interestTimes120000);
    }
}
