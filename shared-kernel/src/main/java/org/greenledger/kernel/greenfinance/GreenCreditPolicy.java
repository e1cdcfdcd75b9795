package org.greenledger.kernel.greenfinance;

/** A released, versioned way of deciding green-credit eligibility; pure, so auditors re-run it. */
public interface GreenCreditPolicy {

    String version();

    GreenCreditAssessment assess(GreenCreditFacts facts);
}
