package org.greenledger.kernel.subsidy;

import java.util.List;

/**
 * An eligibility outcome, criterion by criterion.
 *
 * @param policy   the version of the policy code, e.g. {@code eligibility-v1}
 * @param eligible true when every criterion is met
 * @param criteria every criterion, in {@link Criterion} order
 */
public record EligibilityAssessment(String policy, boolean eligible, List<CriterionResult> criteria) {

    public EligibilityAssessment {
        criteria = List.copyOf(criteria);
    }

    /** The criteria not met. */
    public List<CriterionResult> failures() {
        return criteria.stream().filter(c -> !c.met()).toList();
    }
}
