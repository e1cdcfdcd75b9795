package org.greenledger.contracts.subsidy;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.ExpertId;

/**
 * An expert scored the application. Only officials and auditors read the scores; the applicant never does.
 *
 * @param applicationId the application
 * @param expert        the expert
 * @param scores        one per criterion
 * @param comment       the opinion
 * @param scoredAt      when it was recorded
 */
@Revision("1")
public record ApplicationScored(
        ApplicationId applicationId, ExpertId expert, List<ReviewScore> scores, String comment, Instant scoredAt) implements ApplicationEvent {

    public ApplicationScored {
        scores = List.copyOf(scores);
    }
}
