package org.greenledger.kernel.subsidy;

import java.util.Objects;
import org.greenledger.kernel.failure.InvalidInput;

/**
 * One published version of a programme's rules. Immutable once published: a change is a new
 * version, which applies to applications submitted after it; every application and decision
 * names the version it was made under.
 *
 * @param version     1 for the rules a programme opens with, then 2, 3...
 * @param eligibility who may receive funds
 * @param amounts     how much
 * @param interest    for an interest-subsidy programme (贴息), how the amount follows the named loan; else null
 */
public record RuleSet(int version, EligibilityRules eligibility, AmountRules amounts, InterestRules interest) {

    public RuleSet(int version, EligibilityRules eligibility, AmountRules amounts) {
        this(version, eligibility, amounts, null);
    }

    public RuleSet {
        if (version < 1) {
            throw new InvalidInput("rules.version", "A rule-set version counts from 1; got " + version + ".");
        }
        Objects.requireNonNull(eligibility, "eligibility");
        Objects.requireNonNull(amounts, "amounts");
    }
}
