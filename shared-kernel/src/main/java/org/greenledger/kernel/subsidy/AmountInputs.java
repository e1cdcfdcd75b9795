package org.greenledger.kernel.subsidy;

import java.util.Objects;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.quantity.Tce;

/**
 * Everything an amount depends on, recorded with the decision so it can be re-run.
 *
 * @param eligibleInvestment the project's eligible investment
 * @param annualSaving       its expected energy saving per year
 * @param rules              the amount parameters of the application's rule-set version
 * @param remainingBudget    what the programme had left when the decision was made
 */
public record AmountInputs(Money eligibleInvestment, Tce annualSaving, AmountRules rules, Money remainingBudget) {

    public AmountInputs {
        Objects.requireNonNull(eligibleInvestment, "eligibleInvestment");
        Objects.requireNonNull(annualSaving, "annualSaving");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(remainingBudget, "remainingBudget");
    }
}
