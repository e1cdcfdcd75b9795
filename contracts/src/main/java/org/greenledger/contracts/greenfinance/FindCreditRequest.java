package org.greenledger.contracts.greenfinance;

import org.greenledger.kernel.greenfinance.CreditRequestId;

/**
 * What is this credit request? Answered with a {@link CreditRequestRecord}, or nothing when there is none.
 *
 * @param creditRequestId the request
 */
public record FindCreditRequest(CreditRequestId creditRequestId) {
}
