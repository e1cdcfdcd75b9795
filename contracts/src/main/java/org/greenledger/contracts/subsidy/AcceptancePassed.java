package org.greenledger.contracts.subsidy;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.quantity.Tce;
import org.greenledger.kernel.subsidy.AmountDecision;
import org.greenledger.kernel.subsidy.ApplicationId;

/**
 * The project passed its acceptance check; the grant was recomputed from the verified saving under the same rule
 * version and the same policy, bounded by the grant, so it can only go down.
 *
 * @param applicationId   the application
 * @param verifiedSaving  the verified saving
 * @param recomputed      the recomputation, term by term (its budget term is the grant)
 * @param finalGrant      the grant from now on
 * @param reportReference the acceptance report
 * @param passedAt        when it was recorded
 */
@Revision("1")
public record AcceptancePassed(
        ApplicationId applicationId, Tce verifiedSaving, AmountDecision recomputed, Money finalGrant,
        String reportReference, Instant passedAt)
        implements ApplicationEvent {
}
