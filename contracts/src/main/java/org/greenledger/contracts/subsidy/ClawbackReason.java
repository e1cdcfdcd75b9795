package org.greenledger.contracts.subsidy;

/** Why a grant is clawed back (追回). */
public enum ClawbackReason {
    /** Data or documents were falsified; the enterprise is barred from applying for three years. */
    FRAUD,
    /** The project failed its acceptance check. */
    FAILED_ACCEPTANCE,
    /** The enterprise was removed from the green list for cause. */
    DELISTED_FOR_CAUSE,
    /** The funds were used for something else. */
    MISUSE
}
