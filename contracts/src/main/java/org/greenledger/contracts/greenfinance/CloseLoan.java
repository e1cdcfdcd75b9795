package org.greenledger.contracts.greenfinance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenfinance.CreditRequestId;

/**
 * The lender records that an approved loan is repaid or otherwise ended.
 *
 * @param creditRequestId the request the loan was approved on
 * @param bank            the lender
 */
public record CloseLoan(@TargetAggregateIdentifier CreditRequestId creditRequestId, BankId bank) {
}
