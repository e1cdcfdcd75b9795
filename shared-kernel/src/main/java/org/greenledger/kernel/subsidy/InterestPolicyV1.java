package org.greenledger.kernel.subsidy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.greenledger.kernel.quantity.Money;

/**
 * Simple interest over the term, as loan contracts quote it: principal × annual rate × months / 12.
 * A share-of-interest rule gives that share of it; a rate-reduction rule gives principal × points ×
 * months / 12, the points never more than the rate itself. The least of that, the cap and the
 * remaining budget is the amount. Every product is computed exactly and rounded down to the fen once.
 * Released; never edit it.
 */
final class InterestPolicyV1 implements InterestPolicy {

    static final String VERSION = "interest-v1";
    private static final BigDecimal PERCENT_MONTHS = BigDecimal.valueOf(1200);

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public AmountDecision decide(InterestInputs inputs) {
        List<AmountTerm> terms = new ArrayList<>();
        BigDecimal months = BigDecimal.valueOf(inputs.termMonths());
        BigDecimal principal = BigDecimal.valueOf(inputs.principal().fen());
        InterestRules rules = inputs.rules();
        if (rules.basis() == InterestBasis.SHARE_OF_INTEREST) {
            BigDecimal share = rules.shareOfInterest().value();
            Money byShare = fen(principal.multiply(inputs.rate().percent()).multiply(months).multiply(share),
                    PERCENT_MONTHS.multiply(BigDecimal.valueOf(100)));
            Money interest = fen(principal.multiply(inputs.rate().percent()).multiply(months), PERCENT_MONTHS);
            terms.add(new AmountTerm(AmountTerm.Kind.INTEREST_SHARE, byShare, rules.shareOfInterest() + " of the interest "
                    + inputs.principal() + " × " + inputs.rate() + " × " + inputs.termMonths() + "/12 months (" + interest
                    + ") = " + byShare + " (rounded down to the fen)"));
        } else {
            BigDecimal points = rules.reductionPoints().min(inputs.rate().percent());
            Money byReduction = fen(principal.multiply(points).multiply(months), PERCENT_MONTHS);
            terms.add(new AmountTerm(AmountTerm.Kind.RATE_REDUCTION, byReduction, points.stripTrailingZeros().toPlainString()
                    + " percentage points a year on " + inputs.principal() + " for " + inputs.termMonths() + " months = "
                    + byReduction + " (rounded down to the fen" + (points.compareTo(rules.reductionPoints()) < 0
                    ? "; the reduction is limited to the rate " + inputs.rate() + ")" : ")")));
        }
        if (inputs.capPerProject() != null) {
            terms.add(new AmountTerm(AmountTerm.Kind.CAP_PER_PROJECT, inputs.capPerProject(),
                    "at most " + inputs.capPerProject() + " per project"));
        }
        terms.add(new AmountTerm(AmountTerm.Kind.REMAINING_BUDGET, inputs.remainingBudget(),
                "the programme has " + inputs.remainingBudget() + " neither reserved nor granted"));
        AmountTerm least = terms.stream().min(Comparator.comparing(AmountTerm::amount)).orElseThrow();
        return new AmountDecision(VERSION, least.amount(), least.kind(), terms);
    }

    private static Money fen(BigDecimal numerator, BigDecimal denominator) {
        return Money.ofFen(numerator.divide(denominator, 0, RoundingMode.FLOOR).longValueExact());
    }
}
