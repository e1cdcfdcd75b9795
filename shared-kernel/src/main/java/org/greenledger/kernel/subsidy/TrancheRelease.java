package org.greenledger.kernel.subsidy;

/** When a tranche of a grant may be paid out (拨付). */
public enum TrancheRelease {
    /** Once the project is granted (立项). */
    ON_GRANT,
    /** Once the acceptance check (验收) has passed. */
    ON_ACCEPTANCE
}
