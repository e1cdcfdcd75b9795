package org.greenledger.contracts.greenfinance;

import org.greenledger.kernel.greenfinance.CreditRequestId;

/** What happened to a credit request; every event names the request. */
public sealed interface CreditRequestEvent permits CreditRequested, LoanApproved, CreditDeclined, LoanClosed {

    CreditRequestId creditRequestId();
}
