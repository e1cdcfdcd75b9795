package org.greenledger.contracts.subsidy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.subsidy.ApplicationId;

/**
 * The applicant withdraws its application before a decision.
 *
 * @param applicationId the application
 * @param applicant     the calling enterprise
 * @param reason        why
 */
public record WithdrawApplication(
        @TargetAggregateIdentifier ApplicationId applicationId, Uscc applicant, String reason) {
}
