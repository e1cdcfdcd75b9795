package org.greenledger.contracts.subsidy;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.subsidy.ApplicationId;

/**
 * The project details were replaced.
 *
 * @param applicationId the application
 * @param project       the project now
 * @param editedAt      when it was recorded
 */
@Revision("1")
public record DraftEdited(
        ApplicationId applicationId, ProjectDetails project, Instant editedAt) implements ApplicationEvent {
}
