package org.greenledger.contracts.subsidy;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.ExpertId;

/**
 * An assigned expert scores the application, once.
 *
 * @param applicationId the application
 * @param expert        the calling expert
 * @param scores        one per criterion
 * @param comment       the expert's opinion
 */
public record ScoreApplication(
        @TargetAggregateIdentifier ApplicationId applicationId, ExpertId expert, List<ReviewScore> scores,
        String comment) {
}
