package org.greenledger.contracts.subsidy;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.ProgrammeId;

/**
 * An enterprise started an application.
 *
 * @param applicationId the application
 * @param programmeId   the programme
 * @param applicant     the enterprise
 * @param project       the project as drafted
 * @param draftedAt     when it was recorded
 */
@Revision("1")
public record ApplicationDrafted(
        ApplicationId applicationId, ProgrammeId programmeId, Uscc applicant, ProjectDetails project,
        Instant draftedAt) implements ApplicationEvent {
}
