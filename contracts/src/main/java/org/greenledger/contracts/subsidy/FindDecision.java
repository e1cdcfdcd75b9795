package org.greenledger.contracts.subsidy;

import org.greenledger.kernel.subsidy.ApplicationId;

/** What was decided on this application, from what? Answered with a {@link DecisionRecord}, or null. */
public record FindDecision(ApplicationId applicationId) {
}
