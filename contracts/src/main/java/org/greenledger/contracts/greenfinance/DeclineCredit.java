package org.greenledger.contracts.greenfinance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenfinance.CreditRequestId;

/**
 * The bank asked declines the request, with its reason.
 *
 * @param creditRequestId the request
 * @param bank            the bank deciding, the one asked
 * @param reason          why
 */
public record DeclineCredit(@TargetAggregateIdentifier CreditRequestId creditRequestId, BankId bank, String reason) {
}
