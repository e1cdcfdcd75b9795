package org.greenledger.contracts.greenfinance;

/** Where a consent stands. */
public enum ConsentStatus {
    /** Granted and neither revoked nor past its last day (it may start later). */
    LIVE,
    /** Revoked by the enterprise. */
    REVOKED,
    /** Its last day is over. */
    EXPIRED
}
