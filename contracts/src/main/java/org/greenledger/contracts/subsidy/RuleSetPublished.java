package org.greenledger.contracts.subsidy;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.subsidy.ProgrammeId;
import org.greenledger.kernel.subsidy.RuleSet;

/**
 * A new rule-set version was published; earlier versions stay in force for the applications submitted under
 * them.
 *
 * @param programmeId the programme
 * @param rules       the new version
 * @param reason      why
 * @param publishedAt when it was recorded
 */
@Revision("1")
public record RuleSetPublished(
        ProgrammeId programmeId, RuleSet rules, String reason, Instant publishedAt) implements ProgrammeEvent {
}
