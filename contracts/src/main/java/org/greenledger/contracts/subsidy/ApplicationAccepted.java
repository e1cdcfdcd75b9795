package org.greenledger.contracts.subsidy;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.EligibilityAssessment;
import org.greenledger.kernel.subsidy.EligibilityFacts;
import org.greenledger.kernel.subsidy.EligibilityRules;
import org.greenledger.kernel.subsidy.ProjectCategory;

/**
 * The application was accepted and found eligible; it goes to expert review.
 *
 * @param applicationId    the application
 * @param ruleSetVersion   the rule-set version it was assessed under
 * @param facts            the facts used, and as of which position
 * @param eligibilityRules the eligibility rules of that version, as applied
 * @param category         the project category they were applied to
 * @param eligibility      the outcome, criterion by criterion
 * @param acceptedAt       when it was recorded
 */
@Revision("1")
public record ApplicationAccepted(
        ApplicationId applicationId, int ruleSetVersion, EligibilityFacts facts, EligibilityRules eligibilityRules,
        ProjectCategory category, EligibilityAssessment eligibility, Instant acceptedAt) implements ApplicationEvent {
}
