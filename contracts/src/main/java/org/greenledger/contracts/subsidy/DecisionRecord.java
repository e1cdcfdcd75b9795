package org.greenledger.contracts.subsidy;

import java.time.Instant;
import java.util.List;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.AmountDecision;
import org.greenledger.kernel.subsidy.AmountInputs;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.EligibilityAssessment;
import org.greenledger.kernel.subsidy.EligibilityFacts;
import org.greenledger.kernel.subsidy.ProgrammeId;
import org.greenledger.kernel.subsidy.RuleSet;

/**
 * A decision with everything it rests on, so an auditor can re-run it: for an approval the amount's
 * inputs and every term; for a finding of ineligibility the facts and each criterion; for a
 * rejection the reasons.
 *
 * @param applicationId   the application
 * @param programmeId     its programme
 * @param outcome         APPROVED, REJECTED or INELIGIBLE
 * @param ruleSet         the rule-set version it was made under, in full
 * @param facts           the facts eligibility was assessed from (null for a rejection)
 * @param eligibility     the assessment (null for a rejection)
 * @param inputs          the amount's inputs (approvals only)
 * @param computed        the computed amount, term by term (approvals only)
 * @param amount          the amount granted (approvals only)
 * @param reductionReason why less than computed, or null
 * @param reasons         the grounds given
 * @param decidedBy       who decided (the token's subject)
 * @param role            in which role
 * @param decidedAt       when
 * @param position        the decision's global position
 */
public record DecisionRecord(ApplicationId applicationId, ProgrammeId programmeId, String outcome, RuleSet ruleSet,
                             EligibilityFacts facts, EligibilityAssessment eligibility, AmountInputs inputs,
                             AmountDecision computed, Money amount, String reductionReason, List<String> reasons,
                             String decidedBy, String role, Instant decidedAt, long position) {

    public DecisionRecord {
        reasons = List.copyOf(reasons);
    }
}
