package org.greenledger.kernel.subsidy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.greenledger.kernel.quantity.Money;

/**
 * The least of rate × yearly saving, share × eligible investment, the cap per project and the
 * programme's remaining budget (DOMAIN: amount rules), each absent term left out. Products round
 * down to the fen: every term is a ceiling (不超过), and only rounding down never exceeds one.
 * Released; never edit it: a change is an {@code AmountPolicyV2} beside it.
 */
final class AmountPolicyV1 implements AmountPolicy {

    static final String VERSION = "amount-v1";

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public AmountDecision decide(AmountInputs inputs) {
        AmountRules rules = inputs.rules();
        List<AmountTerm> terms = new ArrayList<>();
        if (rules.ratePerTce() != null) {
            Money byRate = rules.ratePerTce().times(inputs.annualSaving().tonnes());
            terms.add(new AmountTerm(AmountTerm.Kind.RATE_PER_TCE, byRate, rules.ratePerTce().toYuan() + " CNY/tce × "
                    + inputs.annualSaving() + " saved per year = " + byRate + " (rounded down to the fen)"));
        }
        if (rules.investmentShare() != null) {
            BigDecimal share = rules.investmentShare().value().movePointLeft(2);
            Money byShare = inputs.eligibleInvestment().times(share);
            terms.add(new AmountTerm(AmountTerm.Kind.INVESTMENT_SHARE, byShare, rules.investmentShare() + " of eligible investment "
                    + inputs.eligibleInvestment() + " = " + byShare + " (rounded down to the fen)"));
        }
        if (rules.capPerProject() != null) {
            terms.add(new AmountTerm(AmountTerm.Kind.CAP_PER_PROJECT, rules.capPerProject(),
                    "at most " + rules.capPerProject() + " per project"));
        }
        terms.add(new AmountTerm(AmountTerm.Kind.REMAINING_BUDGET, inputs.remainingBudget(),
                "the programme has " + inputs.remainingBudget() + " neither reserved nor granted"));
        AmountTerm least = terms.stream().min(Comparator.comparing(AmountTerm::amount)).orElseThrow();
        return new AmountDecision(VERSION, least.amount(), least.kind(), terms);
    }
}
