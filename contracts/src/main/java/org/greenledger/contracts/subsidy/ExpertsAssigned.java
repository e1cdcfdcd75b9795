package org.greenledger.contracts.subsidy;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.ExpertId;

/**
 * Experts were assigned to the application.
 *
 * @param applicationId the application
 * @param experts       the experts added
 * @param assignedAt    when it was recorded
 */
@Revision("1")
public record ExpertsAssigned(
        ApplicationId applicationId, List<ExpertId> experts, Instant assignedAt) implements ApplicationEvent {

    public ExpertsAssigned {
        experts = List.copyOf(experts);
    }
}
