package org.greenledger.kernel.greenfinance;

/** What a consent lets a bank see of the enterprise's green record. */
public enum ConsentScope {
    GREEN_LIST_STATUS, SUBSIDY_HISTORY, DISHONESTY_FLAG, ENERGY_AUDIT_STATUS, CREDIT_REQUESTS
}
