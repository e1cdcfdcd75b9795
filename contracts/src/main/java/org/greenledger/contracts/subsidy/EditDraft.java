package org.greenledger.contracts.subsidy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.subsidy.ApplicationId;

/**
 * Replace the project details of a draft, or of an application returned for completion.
 *
 * @param applicationId the application
 * @param applicant     the calling enterprise
 * @param project       the project
 */
public record EditDraft(
        @TargetAggregateIdentifier ApplicationId applicationId, Uscc applicant, ProjectDetails project) {
}
