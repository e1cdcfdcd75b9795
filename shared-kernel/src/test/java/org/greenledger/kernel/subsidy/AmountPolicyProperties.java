package org.greenledger.kernel.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.greenledger.kernel.greenlist.Percent;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.quantity.Tce;

class AmountPolicyProperties {

    private static final long MAX_FEN = 100_000_000_000_00L;
    private final AmountPolicy policy = AmountPolicies.current();

    @Property
    void the_amount_never_exceeds_any_term_and_equals_one_of_them(
            @ForAll("rules") AmountRules rules, @ForAll @LongRange(max = MAX_FEN) long investment,
            @ForAll("savings") Tce saving, @ForAll @LongRange(max = MAX_FEN) long budget) {
        AmountDecision decision = policy.decide(new AmountInputs(Money.ofFen(investment), saving, rules, Money.ofFen(budget)));

        assertThat(decision.terms()).allSatisfy(term -> assertThat(decision.amount()).isLessThanOrEqualTo(term.amount()));
        assertThat(decision.terms()).anySatisfy(term -> assertThat(term.amount()).isEqualTo(decision.amount()));
        assertThat(decision.amount()).isLessThanOrEqualTo(Money.ofFen(budget));
    }

    @Property
    void more_investment_or_more_saving_never_gives_less(
            @ForAll("rules") AmountRules rules, @ForAll @LongRange(max = MAX_FEN) long investment,
            @ForAll @LongRange(max = MAX_FEN) long more, @ForAll("savings") Tce saving, @ForAll("savings") Tce moreSaving,
            @ForAll @LongRange(max = MAX_FEN) long budget) {
        Money base = amount(rules, investment, saving, budget);

        assertThat(amount(rules, investment + more, saving, budget)).isGreaterThanOrEqualTo(base);
        assertThat(amount(rules, investment, saving.plus(moreSaving), budget)).isGreaterThanOrEqualTo(base);
    }

    /** The terms computed independently in exact decimals, floored to the fen. */
    @Property
    void every_term_is_exact_to_the_fen(@ForAll("rules") AmountRules rules, @ForAll @LongRange(max = MAX_FEN) long investment,
                                        @ForAll("savings") Tce saving) {
        AmountDecision decision = policy.decide(new AmountInputs(Money.ofFen(investment), saving, rules, Money.ofFen(MAX_FEN)));

        for (AmountTerm term : decision.terms()) {
            long expected = switch (term.kind()) {
                case RATE_PER_TCE -> floor(BigDecimal.valueOf(rules.ratePerTce().fen()).multiply(saving.tonnes()));
                case INVESTMENT_SHARE -> floor(BigDecimal.valueOf(investment).multiply(rules.investmentShare().value())
                        .divide(BigDecimal.valueOf(100)));
                case CAP_PER_PROJECT -> rules.capPerProject().fen();
                case REMAINING_BUDGET -> MAX_FEN;
                case INTEREST_SHARE, RATE_REDUCTION -> throw new AssertionError("amount-v1 has no loan terms: " + term);
            };
            assertThat(term.amount().fen()).as(term.reason()).isEqualTo(expected);
        }
    }

    private Money amount(AmountRules rules, long investment, Tce saving, long budget) {
        return policy.decide(new AmountInputs(Money.ofFen(investment), saving, rules, Money.ofFen(budget))).amount();
    }

    private static long floor(BigDecimal fen) {
        return fen.setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    @Provide
    Arbitrary<AmountRules> rules() {
        Arbitrary<Money> rate = Arbitraries.longs().between(1, 1_000_000_00L).map(Money::ofFen).injectNull(0.3);
        Arbitrary<Percent> share = Arbitraries.integers().between(1, 10_000)
                .map(basisPoints -> new Percent(BigDecimal.valueOf(basisPoints, 2))).injectNull(0.3);
        Arbitrary<Money> cap = Arbitraries.longs().between(1, MAX_FEN).map(Money::ofFen).injectNull(0.3);
        return Combinators.combine(rate, share, cap).as((r, s, c) -> r == null && s == null && c == null
                ? new AmountRules(Money.ofYuan("2000"), null, null) : new AmountRules(r, s, c));
    }

    @Provide
    Arbitrary<Tce> savings() {
        return Arbitraries.longs().between(0, 10_000_000_000L).map(kg -> new Tce(BigDecimal.valueOf(kg, 3)));
    }
}
