package org.greenledger.kernel.greenlist;

/**
 * Why an entry leaves the list (有进有出). Each code is a ground the commission's rules name; the
 * free text beside it in the removal explains the case.
 */
public enum RemovalReason {
    /** A periodic review found the unit no longer meets the standard. */
    FAILED_REVIEW,
    /** Rectification was demanded and its deadline passed without it being confirmed. */
    MISSED_RECTIFICATION,
    /** Yearly indicator declarations were not filed. */
    MISSED_DECLARATIONS,
    /** A major production-safety or product-quality accident. */
    MAJOR_ACCIDENT,
    /** An environmental incident of level II (较大) or worse. */
    ENVIRONMENTAL_INCIDENT,
    /** Declared or evaluated data was falsified. */
    FALSIFIED_DATA,
    /** The unit changed owner or boundary, so the entry no longer describes it. */
    OWNERSHIP_OR_BOUNDARY_CHANGED,
    /** The enterprise asked to leave. */
    VOLUNTARY_WITHDRAWAL;

    /**
     * A removal for cause (falsified data, a major accident or incident, a failed review) puts what
     * was granted on the strength of the listing in doubt; the others only end the listing.
     */
    public boolean forCause() {
        return this == FALSIFIED_DATA || this == MAJOR_ACCIDENT || this == ENVIRONMENTAL_INCIDENT || this == FAILED_REVIEW;
    }
}
