package org.greenledger.contracts.subsidy;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.AmountDecision;
import org.greenledger.kernel.subsidy.AmountInputs;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.EligibilityAssessment;
import org.greenledger.kernel.subsidy.EligibilityFacts;
import org.greenledger.kernel.subsidy.EligibilityRules;
import org.greenledger.kernel.subsidy.ProjectCategory;
import org.greenledger.kernel.subsidy.ProgrammeId;

/**
 * The application was approved and the amount reserved against the programme in the same commit. Everything
 * the decision rests on is recorded, so it re-runs.
 *
 * @param applicationId    the application
 * @param programmeId      the programme
 * @param ruleSetVersion   the rule-set version
 * @param facts            the facts eligibility was re-assessed from, and as of which position
 * @param eligibilityRules the eligibility rules of that version, as applied
 * @param category         the project category they were applied to
 * @param eligibility      that assessment
 * @param inputs           the amount's inputs, the programme's remaining budget included
 * @param computed         the computed amount, term by term
 * @param amount           the amount granted: the computed one or less
 * @param reductionReason  why less than computed, or {@code null}
 * @param reasons          the grounds
 * @param approvedAt       when it was recorded
 */
@Revision("1")
public record ApplicationApproved(
        ApplicationId applicationId, ProgrammeId programmeId, int ruleSetVersion, EligibilityFacts facts,
        EligibilityRules eligibilityRules, ProjectCategory category, EligibilityAssessment eligibility, AmountInputs inputs,
        AmountDecision computed, Money amount, String reductionReason, List<String> reasons, Instant approvedAt)
        implements ApplicationEvent {

    public ApplicationApproved {
        reasons = List.copyOf(reasons);
    }
}
