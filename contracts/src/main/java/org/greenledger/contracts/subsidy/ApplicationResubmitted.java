package org.greenledger.contracts.subsidy;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.subsidy.ApplicationId;

/**
 * An application returned for completion was completed and submitted again, under its original rule-set
 * version.
 *
 * @param applicationId the application
 * @param resubmittedAt when it was recorded
 */
@Revision("1")
public record ApplicationResubmitted(ApplicationId applicationId, Instant resubmittedAt) implements ApplicationEvent {
}
