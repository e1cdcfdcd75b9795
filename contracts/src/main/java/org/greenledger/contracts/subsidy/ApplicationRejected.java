package org.greenledger.contracts.subsidy;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.subsidy.ApplicationId;

/**
 * The application was rejected.
 *
 * @param applicationId the application
 * @param reasons       the grounds
 * @param rejectedAt    when it was recorded
 */
@Revision("1")
public record ApplicationRejected(
        ApplicationId applicationId, List<String> reasons, Instant rejectedAt) implements ApplicationEvent {

    public ApplicationRejected {
        reasons = List.copyOf(reasons);
    }
}
