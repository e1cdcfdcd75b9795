package org.greenledger.contracts.subsidy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenfinance.CreditRequestId;
import org.greenledger.kernel.subsidy.ApplicationId;

/**
 * The applicant names the approved green loan its interest-subsidy application is for, by the credit
 * request it was approved on. Its own loans only, still open, under an interest-subsidy programme.
 *
 * @param applicationId   the application
 * @param applicant       the caller, who must be the applicant
 * @param creditRequestId the request the loan was approved on
 */
public record NameLoan(@TargetAggregateIdentifier ApplicationId applicationId, Uscc applicant,
                       CreditRequestId creditRequestId) {
}
