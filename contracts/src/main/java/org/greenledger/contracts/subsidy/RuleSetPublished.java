package org.greenledger.contracts.subsidy;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.subsidy.ProgrammeId;
import org.greenledger.kernel.subsidy.RuleSet;

/**
 * A new rule-set version was published; earlier versions stay in force for the applications submitted under
 * them.
 *
 * <p>
 * Revision 2: the rule set may carry an interest rule ({@code rules.interest}); revision 1 had none, and
 * is upcast to 2 with {@code interest: null}.
 *
 * @param programmeId the programme
 * @param rules       the new version
 * @param reason      why
 * @param publishedAt when it was recorded
 */
@Revision("2")
public record RuleSetPublished(
        ProgrammeId programmeId, RuleSet rules, String reason, Instant publishedAt) implements ProgrammeEvent {
}
