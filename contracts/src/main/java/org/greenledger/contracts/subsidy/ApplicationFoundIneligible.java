package org.greenledger.contracts.subsidy;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.EligibilityAssessment;
import org.greenledger.kernel.subsidy.EligibilityFacts;
import org.greenledger.kernel.subsidy.EligibilityRules;
import org.greenledger.kernel.subsidy.ProjectCategory;

/**
 * The application was complete but the applicant is not eligible; the application ends here.
 *
 * @param applicationId    the application
 * @param ruleSetVersion   the rule-set version it was assessed under
 * @param facts            the facts used, and as of which position
 * @param eligibilityRules the eligibility rules of that version, as applied
 * @param category         the project category they were applied to
 * @param eligibility      the outcome, criterion by criterion
 * @param assessedAt       when it was recorded
 */
@Revision("1")
public record ApplicationFoundIneligible(
        ApplicationId applicationId, int ruleSetVersion, EligibilityFacts facts, EligibilityRules eligibilityRules,
        ProjectCategory category, EligibilityAssessment eligibility, Instant assessedAt) implements ApplicationEvent {
}
