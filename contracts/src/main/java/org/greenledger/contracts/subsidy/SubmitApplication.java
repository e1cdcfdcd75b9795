package org.greenledger.contracts.subsidy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.subsidy.ApplicationId;

/**
 * Submit a draft inside the programme's window (申报), or resubmit an application returned for completion.
 *
 * @param applicationId the application
 * @param applicant     the calling enterprise
 */
public record SubmitApplication(@TargetAggregateIdentifier ApplicationId applicationId, Uscc applicant) {
}
