package org.greenledger.contracts.subsidy;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.subsidy.ApplicationId;

/**
 * An objection during the public notice reopened the review; the approval no longer stands and its
 * reservation was released in the same commit.
 *
 * @param applicationId the application
 * @param reasons       the grounds
 * @param raisedAt      when it was recorded
 */
@Revision("1")
public record ObjectionRaised(ApplicationId applicationId, List<String> reasons, Instant raisedAt) implements ApplicationEvent {

    public ObjectionRaised {
        reasons = List.copyOf(reasons);
    }
}
