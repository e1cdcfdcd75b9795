package org.greenledger.kernel.subsidy;

/** How an interest subsidy (贴息) is measured against the loan. */
public enum InterestBasis {
    /** A share of the interest the loan bears over its term. */
    SHARE_OF_INTEREST,
    /** A reduction of the annual rate by some percentage points, over the term, never below zero. */
    RATE_REDUCTION
}
