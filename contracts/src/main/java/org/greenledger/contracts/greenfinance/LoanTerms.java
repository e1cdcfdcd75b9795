package org.greenledger.contracts.greenfinance;

import org.greenledger.kernel.greenfinance.AnnualRate;
import org.greenledger.kernel.greenfinance.LoanId;
import org.greenledger.kernel.quantity.Money;

/**
 * An approved loan's terms.
 *
 * @param loanId     the bank's reference
 * @param amount     the principal
 * @param rate       the nominal annual rate
 * @param termMonths the term in months
 */
public record LoanTerms(LoanId loanId, Money amount, AnnualRate rate, int termMonths) {
}
