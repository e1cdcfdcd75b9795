package org.greenledger.kernel.subsidy;

import java.math.BigDecimal;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.greenlist.Percent;

/**
 * The interest-subsidy part of a rule set (贴息): a share of the loan's interest, or a rate reduction
 * in percentage points, over the loan's term; the rule set's cap per project bounds it as for any grant.
 *
 * @param basis            which measure
 * @param shareOfInterest  for {@link InterestBasis#SHARE_OF_INTEREST}, the share; else null
 * @param reductionPoints  for {@link InterestBasis#RATE_REDUCTION}, percentage points a year (0 < p ≤ 10, ≤ 4 decimals); else null
 */
public record InterestRules(InterestBasis basis, Percent shareOfInterest, BigDecimal reductionPoints) {

    static final BigDecimal MAX_POINTS = BigDecimal.TEN;

    public InterestRules {
        if (basis == null) {
            throw new InvalidInput("rules.interest-basis", "interest.basis", "An interest rule names its basis: "
                    + java.util.Arrays.toString(InterestBasis.values()) + ".");
        }
        if (basis == InterestBasis.SHARE_OF_INTEREST) {
            if (shareOfInterest == null || shareOfInterest.value().signum() == 0 || reductionPoints != null) {
                throw new InvalidInput("rules.interest-share", "interest.shareOfInterest", "A share-of-interest rule gives "
                        + "shareOfInterest above 0% and no reductionPoints.");
            }
        } else if (reductionPoints == null || reductionPoints.signum() <= 0 || reductionPoints.compareTo(MAX_POINTS) > 0
                || reductionPoints.stripTrailingZeros().scale() > 4 || shareOfInterest != null) {
            throw new InvalidInput("rules.interest-points", "interest.reductionPoints", "A rate-reduction rule gives "
                    + "reductionPoints above 0 and at most " + MAX_POINTS + " percentage points, to 4 decimals, and no "
                    + "shareOfInterest.");
        }
    }
}
