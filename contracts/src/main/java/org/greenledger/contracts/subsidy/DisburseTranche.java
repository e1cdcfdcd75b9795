package org.greenledger.contracts.subsidy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.subsidy.ApplicationId;

/**
 * Pay out one tranche of a grant (拨付), as the programme's tranche plan releases it. Officials only.
 *
 * @param applicationId    the application
 * @param tranche          the tranche, counted from 0 in the plan
 * @param paymentReference the payment's reference
 */
public record DisburseTranche(
        @TargetAggregateIdentifier ApplicationId applicationId, int tranche, String paymentReference) {
}
