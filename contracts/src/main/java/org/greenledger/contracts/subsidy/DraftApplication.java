package org.greenledger.contracts.subsidy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.ProgrammeId;

/**
 * Start an application to a programme. The applicant is the calling enterprise.
 *
 * @param applicationId the application
 * @param programmeId   the programme
 * @param applicant     the enterprise applying
 * @param project       the project
 */
public record DraftApplication(
        @TargetAggregateIdentifier ApplicationId applicationId, ProgrammeId programmeId, Uscc applicant,
        ProjectDetails project) {
}
