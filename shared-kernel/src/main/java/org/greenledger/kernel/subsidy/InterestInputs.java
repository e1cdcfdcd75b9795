package org.greenledger.kernel.subsidy;

import java.util.Objects;
import org.greenledger.kernel.greenfinance.AnnualRate;
import org.greenledger.kernel.quantity.Money;

/**
 * What an interest subsidy is computed from: the named loan's terms, the rule set's interest rule
 * and cap, and what the programme has left.
 *
 * @param principal       the loan's principal
 * @param rate            its nominal annual rate
 * @param termMonths      its term in months
 * @param rules           the interest rule
 * @param capPerProject   the rule set's cap, or null
 * @param remainingBudget budget neither reserved nor granted
 */
public record InterestInputs(Money principal, AnnualRate rate, int termMonths, InterestRules rules, Money capPerProject,
                             Money remainingBudget) {

    public InterestInputs {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(remainingBudget, "remainingBudget");
        if (termMonths < 1) {
            throw new IllegalArgumentException("termMonths " + termMonths);
        }
    }
}
