package org.greenledger.contracts.subsidy;

import org.greenledger.kernel.subsidy.ApplicationId;

/** What is on record for this application? Answered with an {@link ApplicationRecord}, or null. */
public record FindApplication(ApplicationId applicationId) {
}
