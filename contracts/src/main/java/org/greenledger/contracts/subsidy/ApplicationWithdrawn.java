package org.greenledger.contracts.subsidy;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.subsidy.ApplicationId;

/**
 * The applicant withdrew the application.
 *
 * @param applicationId the application
 * @param reason        why
 * @param withdrawnAt   when it was recorded
 */
@Revision("1")
public record ApplicationWithdrawn(
        ApplicationId applicationId, String reason, Instant withdrawnAt) implements ApplicationEvent {
}
