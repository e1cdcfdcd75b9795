package org.greenledger.contracts.subsidy;

/** Where an application stands (DOMAIN: the subsidy lifecycle, as far as the decision). */
public enum ApplicationStatus {
    /** Being written by the enterprise; not yet an application to the office. */
    DRAFT,
    /** Submitted (申报), awaiting the completeness check. */
    SUBMITTED,
    /** Returned for completion; the enterprise completes and resubmits it. */
    RETURNED,
    /** Accepted (受理) and eligible: in expert review until decided. */
    UNDER_REVIEW,
    /** Complete, but the applicant was not eligible. Final. */
    INELIGIBLE,
    /** Approved with an amount reserved against the programme, on public notice (公示). */
    APPROVED,
    /** The notice ended without objection: granted (立项), the reservation now a grant. */
    GRANTED,
    /** Granted and its acceptance check passed; the tranches due on acceptance can be paid. */
    ACCEPTANCE_PASSED,
    /** Its acceptance check failed: a clawback is to be decided. */
    CLAWBACK_REVIEW,
    /** Clawed back; what was paid is being recovered. Final but for recoveries. */
    CLAWED_BACK,
    /** Every tranche paid after a passed acceptance check. Final. */
    CLOSED,
    /** Rejected with reasons. Final. */
    REJECTED,
    /** Withdrawn by the applicant before a decision. Final. */
    WITHDRAWN
}
