package org.greenledger.contracts.subsidy;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.quantity.Tce;
import org.greenledger.kernel.subsidy.ApplicationId;

/**
 * The project failed its acceptance check; a clawback review is open.
 *
 * @param applicationId   the application
 * @param verifiedSaving  the verified saving
 * @param reportReference the acceptance report
 * @param failedAt        when it was recorded
 */
@Revision("1")
public record AcceptanceFailed(
        ApplicationId applicationId, Tce verifiedSaving, String reportReference, Instant failedAt)
        implements ApplicationEvent {
}
