package org.greenledger.contracts.greenfinance;

/** Where a credit request stands. */
public enum CreditStatus {
    /** Asked; the bank has not decided. */
    REQUESTED,
    /** Approved with a loan that is open. */
    APPROVED,
    /** Declined with a reason. Final. */
    DECLINED,
    /** Its loan ended. Final. */
    CLOSED
}
