package org.greenledger.kernel.subsidy;

import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.greenlist.Percent;
import org.greenledger.kernel.quantity.Money;

/**
 * The amount parameters of a rule set; each may be absent, but not all of them, or a single
 * application could take the whole budget. A real shape: 2,000 CNY per tce saved, at most 30% of
 * eligible investment, at most 10,000,000 CNY per project.
 *
 * @param ratePerTce      CNY per tce of yearly energy saving, or {@code null}
 * @param investmentShare the largest share of eligible investment, or {@code null}
 * @param capPerProject   the most any one project gets, or {@code null}
 */
public record AmountRules(Money ratePerTce, Percent investmentShare, Money capPerProject) {

    public AmountRules {
        if (ratePerTce == null && investmentShare == null && capPerProject == null) {
            throw new InvalidInput("rules.no-amount-rule", "amounts",
                    "A rule set bounds the amount by at least one of ratePerTce, investmentShare and capPerProject.");
        }
        requirePositive(ratePerTce, "ratePerTce");
        requirePositive(capPerProject, "capPerProject");
        if (investmentShare != null && investmentShare.value().signum() == 0) {
            throw new InvalidInput("rules.zero-amount-rule", "investmentShare", "investmentShare is above 0% when given.");
        }
    }

    private static void requirePositive(Money amount, String field) {
        if (amount != null && amount.fen() == 0) {
            throw new InvalidInput("rules.zero-amount-rule", field, field + " is above zero when given.");
        }
    }
}
