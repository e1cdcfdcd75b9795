package org.greenledger.contracts.greenfinance;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenfinance.AnnualRate;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenfinance.CreditRequestId;
import org.greenledger.kernel.greenfinance.LoanId;
import org.greenledger.kernel.quantity.Money;

/**
 * A bank approved a green credit request with a loan; the loan is open until the bank closes it.
 *
 * @param creditRequestId the request
 * @param enterprise      the borrower
 * @param bank            the lender
 * @param loanId          the bank's loan reference
 * @param amount          the principal
 * @param rate            the nominal annual rate
 * @param termMonths      the term in months
 * @param approvedAt      when it was recorded
 */
@Revision("1")
public record LoanApproved(
        CreditRequestId creditRequestId, Uscc enterprise, BankId bank, LoanId loanId, Money amount, AnnualRate rate,
        int termMonths, Instant approvedAt) implements CreditRequestEvent {
}
