package org.greenledger.kernel.subsidy;

/** The eligibility criteria of DOMAIN's subsidy flow, in the order an assessment lists them. */
public enum Criterion {
    REGISTERED, NOT_DISHONEST, ENERGY_AUDIT, NOT_TWO_HIGH, ON_GREEN_LIST, NOT_BARRED, NO_OTHER_LIVE_APPLICATION
}
