package org.greenledger.kernel.greenfinance;

/** What a bank's green-credit eligibility check looks at (DOMAIN: green finance), in the order it lists them. */
public enum GreenCreditCriterion {
    REGISTERED, ON_GREEN_LIST, CATEGORY_IN_CATALOGUE, NOT_DISHONEST, ENERGY_AUDIT, SUBSIDIES_GRANTED, NO_OPEN_CLAWBACK
}
