package org.greenledger.kernel.subsidy;

/** Computes an amount from its inputs: pure (no clock, no I/O), so a recorded decision re-runs. */
public interface AmountPolicy {

    /** The version recorded with each decision; a released version is never changed in place. */
    String version();

    AmountDecision decide(AmountInputs inputs);
}
