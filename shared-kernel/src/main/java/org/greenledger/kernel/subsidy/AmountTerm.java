package org.greenledger.kernel.subsidy;

import org.greenledger.kernel.quantity.Money;

/**
 * One bound on an amount and why it is what it is, e.g. "2000.00 CNY/tce × 1250.500 tce".
 *
 * @param kind   which bound
 * @param amount its value, rounded down to the fen
 * @param reason how it was computed, in words an auditor can check
 */
public record AmountTerm(Kind kind, Money amount, String reason) {

    public enum Kind {
        RATE_PER_TCE, INVESTMENT_SHARE, CAP_PER_PROJECT, REMAINING_BUDGET, INTEREST_SHARE, RATE_REDUCTION
    }
}
