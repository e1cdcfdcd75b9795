package org.greenledger.kernel.subsidy;

/** A released, versioned way of computing an interest subsidy; pure, so auditors re-run it. */
public interface InterestPolicy {

    String version();

    AmountDecision decide(InterestInputs inputs);
}
