package org.greenledger.contracts.subsidy;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.ProgrammeId;

/**
 * An application was submitted under the programme's rule-set version in force.
 *
 * @param applicationId  the application
 * @param programmeId    the programme
 * @param applicant      the enterprise
 * @param ruleSetVersion the rule-set version it is judged under
 * @param submittedAt    when it was recorded
 */
@Revision("1")
public record ApplicationSubmitted(
        ApplicationId applicationId, ProgrammeId programmeId, Uscc applicant, int ruleSetVersion,
        Instant submittedAt) implements ApplicationEvent {
}
