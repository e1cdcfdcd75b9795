package org.greenledger.contracts.subsidy;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.greenfinance.AnnualRate;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenfinance.CreditRequestId;
import org.greenledger.kernel.greenfinance.LoanId;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.ApplicationId;

/**
 * An interest-subsidy application names its loan, with the terms the bank approved, from which the
 * amount is computed.
 *
 * @param applicationId   the application
 * @param creditRequestId the credit request the loan was approved on
 * @param bank            the lender
 * @param loanId          the bank's loan reference
 * @param principal       the principal
 * @param rate            the nominal annual rate
 * @param termMonths      the term in months
 * @param namedAt         when it was recorded
 */
@Revision("1")
public record LoanNamed(ApplicationId applicationId, CreditRequestId creditRequestId, BankId bank, LoanId loanId,
                        Money principal, AnnualRate rate, int termMonths, Instant namedAt) implements ApplicationEvent {
}
