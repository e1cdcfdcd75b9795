package org.greenledger.contracts.subsidy;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.subsidy.ApplicationId;

/**
 * Reject a reviewed application, with reasons. Officials only.
 *
 * @param applicationId the application
 * @param reasons       the grounds
 */
public record RejectApplication(@TargetAggregateIdentifier ApplicationId applicationId, List<String> reasons) {
}
