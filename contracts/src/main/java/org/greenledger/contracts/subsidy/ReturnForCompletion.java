package org.greenledger.contracts.subsidy;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.subsidy.ApplicationId;

/**
 * The completeness check (形式审查) found items missing. Officials only.
 *
 * @param applicationId the application
 * @param missingItems  what the applicant must add
 */
public record ReturnForCompletion(@TargetAggregateIdentifier ApplicationId applicationId, List<String> missingItems) {
}
