package org.greenledger.contracts.greenfinance;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenfinance.CreditRequestId;
import org.greenledger.kernel.greenfinance.LoanId;

/**
 * A loan ended; the bank no longer has an open loan with the enterprise under this request.
 *
 * @param creditRequestId the request
 * @param enterprise      the borrower
 * @param bank            the lender
 * @param loanId          the loan
 * @param closedAt        when it was recorded
 */
@Revision("1")
public record LoanClosed(CreditRequestId creditRequestId, Uscc enterprise, BankId bank, LoanId loanId, Instant closedAt)
        implements CreditRequestEvent {
}
