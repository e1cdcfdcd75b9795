package org.greenledger.kernel.subsidy;

import java.util.List;
import org.greenledger.kernel.quantity.Money;

/**
 * A computed amount: the least of its terms.
 *
 * @param policy  the version of the policy code that computed it, e.g. {@code amount-v1}
 * @param amount  the least term
 * @param binding the term that set it (the first of equal ones, in the order of {@link AmountTerm.Kind})
 * @param terms   every term that applied, in that order
 */
public record AmountDecision(String policy, Money amount, AmountTerm.Kind binding, List<AmountTerm> terms) {

    public AmountDecision {
        terms = List.copyOf(terms);
    }
}
