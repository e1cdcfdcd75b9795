package org.greenledger.contracts.subsidy;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.ExpertId;

/**
 * Assign experts to review an accepted application; at least three in all, none affiliated with the
 * applicant. Officials only.
 *
 * @param applicationId the application
 * @param experts       the experts to add
 */
public record AssignExperts(@TargetAggregateIdentifier ApplicationId applicationId, List<ExpertId> experts) {
}
