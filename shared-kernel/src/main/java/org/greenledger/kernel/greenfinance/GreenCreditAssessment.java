package org.greenledger.kernel.greenfinance;

import java.util.List;

/**
 * A green-credit eligibility answer: eligible when every criterion holds.
 *
 * @param policy   the policy version that decided it
 * @param eligible all criteria met
 * @param criteria each criterion's outcome, in {@link GreenCreditCriterion} order
 */
public record GreenCreditAssessment(String policy, boolean eligible, List<GreenCreditResult> criteria) {

    public GreenCreditAssessment {
        criteria = List.copyOf(criteria);
    }
}
