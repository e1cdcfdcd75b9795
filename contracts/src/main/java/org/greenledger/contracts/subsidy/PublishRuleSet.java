package org.greenledger.contracts.subsidy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.subsidy.AmountRules;
import org.greenledger.kernel.subsidy.EligibilityRules;
import org.greenledger.kernel.subsidy.InterestRules;
import org.greenledger.kernel.subsidy.ProgrammeId;

/**
 * Publish the next version of a programme's rules; it applies to applications submitted after it. Officials
 * only.
 *
 * @param programmeId the programme
 * @param eligibility who may receive funds
 * @param amounts     how much
 * @param interest    for an interest-subsidy programme, how the amount follows the loan; else null
 * @param reason      why the rules change
 */
public record PublishRuleSet(
        @TargetAggregateIdentifier ProgrammeId programmeId, EligibilityRules eligibility, AmountRules amounts,
        InterestRules interest, String reason) {
}
