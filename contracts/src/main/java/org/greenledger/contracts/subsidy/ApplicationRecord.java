package org.greenledger.contracts.subsidy;

import java.util.List;
import org.greenledger.contracts.greenfinance.LoanTerms;

/**
 * Everything on record for an application. The API shows {@code reviews} to officials and
 * auditors, and to an expert only their own until the decision; never to the applicant.
 *
 * @param summary      the application at a glance
 * @param missingItems what the last completeness check asked for, or empty
 * @param reviews      the experts' scores and comments
 * @param decision     the decision, or null before one
 * @param timeline     every step, in order
 * @param loan         for an interest subsidy, the loan it names (the terms the amount follows); else null
 */
public record ApplicationRecord(ApplicationSummary summary, List<String> missingItems, List<ExpertReview> reviews,
                                DecisionRecord decision, List<TimelineLine> timeline, LoanTerms loan) {

    public ApplicationRecord {
        missingItems = List.copyOf(missingItems);
        reviews = List.copyOf(reviews);
        timeline = List.copyOf(timeline);
    }
}
