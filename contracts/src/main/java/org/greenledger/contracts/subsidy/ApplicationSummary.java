package org.greenledger.contracts.subsidy;

import java.time.Instant;
import java.util.List;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.ExpertId;
import org.greenledger.kernel.subsidy.ProgrammeId;

/**
 * An application at a glance.
 *
 * @param applicationId  the application
 * @param programmeId    its programme
 * @param applicant      the enterprise
 * @param project        the project as last edited
 * @param status         where it stands
 * @param ruleSetVersion the version it is judged under, once submitted; else null
 * @param experts        the experts assigned
 * @param scoresIn       how many of them have scored
 * @param amount         the amount approved, or null
 * @param owed           what a clawback left to repay (its amount less recoveries), or null without a clawback
 * @param draftedAt      when it was drafted
 * @param updatedAt      when it last changed
 * @param position       global position of the last event it reflects
 */
public record ApplicationSummary(ApplicationId applicationId, ProgrammeId programmeId, Uscc applicant, ProjectDetails project,
                                 ApplicationStatus status, Integer ruleSetVersion, List<ExpertId> experts, int scoresIn,
                                 Money amount, Money owed, Instant draftedAt, Instant updatedAt,
                                 long position) {

    public ApplicationSummary {
        experts = List.copyOf(experts);
    }
}
