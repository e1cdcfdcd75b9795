package org.greenledger.contracts.subsidy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.subsidy.ApplicationId;

/**
 * The application is complete (受理); its eligibility is assessed from the facts on record. Officials only.
 *
 * @param applicationId the application
 */
public record AcceptApplication(@TargetAggregateIdentifier ApplicationId applicationId) {
}
