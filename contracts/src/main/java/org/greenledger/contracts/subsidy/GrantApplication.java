package org.greenledger.contracts.subsidy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.subsidy.ApplicationId;

/**
 * Grant (立项) an approval whose public notice has ended without objection. Sent by the notice
 * deadline, once the last day of the notice is over; refused before that.
 *
 * @param applicationId the application
 */
public record GrantApplication(@TargetAggregateIdentifier ApplicationId applicationId) {
}
