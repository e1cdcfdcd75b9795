package org.greenledger.contracts.greenfinance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.greenfinance.AnnualRate;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenfinance.CreditRequestId;
import org.greenledger.kernel.greenfinance.LoanId;
import org.greenledger.kernel.quantity.Money;

/**
 * The bank asked approves the request with a loan: its own reference, the amount (at most what was
 * asked), the annual rate and the term.
 *
 * @param creditRequestId the request
 * @param bank            the bank deciding, the one asked
 * @param loanId          the bank's loan reference
 * @param amount          the principal
 * @param rate            the nominal annual rate
 * @param termMonths      the term, 1-360 months
 */
public record ApproveLoan(
        @TargetAggregateIdentifier CreditRequestId creditRequestId, BankId bank, LoanId loanId, Money amount,
        AnnualRate rate, int termMonths) {
}
