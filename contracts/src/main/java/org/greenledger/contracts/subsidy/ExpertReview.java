package org.greenledger.contracts.subsidy;

import java.time.Instant;
import java.util.List;
import org.greenledger.kernel.subsidy.ExpertId;

/** One expert's review of an application. */
public record ExpertReview(ExpertId expert, List<ReviewScore> scores, String comment, Instant scoredAt) {

    public ExpertReview {
        scores = List.copyOf(scores);
    }
}
