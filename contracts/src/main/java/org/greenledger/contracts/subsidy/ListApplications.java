package org.greenledger.contracts.subsidy;

import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.subsidy.ExpertId;
import org.greenledger.kernel.subsidy.ProgrammeId;

/**
 * Which applications match, oldest first? Every filter may be null. Answered with an {@link ApplicationPage}.
 *
 * @param applicant only this enterprise's
 * @param programme only this programme's
 * @param status    only in this status
 * @param expert    only those assigned to this expert
 * @param page      from 0
 * @param size      items per page
 */
public record ListApplications(Uscc applicant, ProgrammeId programme, ApplicationStatus status, ExpertId expert, int page,
                               int size) {
}
