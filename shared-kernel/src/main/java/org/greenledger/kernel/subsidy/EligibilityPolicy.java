package org.greenledger.kernel.subsidy;

/** Decides eligibility from recorded facts: pure (no clock, no I/O), so a recorded assessment re-runs. */
public interface EligibilityPolicy {

    /** The version recorded with each assessment; a released version is never changed in place. */
    String version();

    EligibilityAssessment assess(EligibilityFacts facts, EligibilityRules rules, ProjectCategory category);
}
