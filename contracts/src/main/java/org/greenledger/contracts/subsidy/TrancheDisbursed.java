package org.greenledger.contracts.subsidy;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.ProgrammeId;

/**
 * A tranche was paid out; its amount follows the tranche plan and never takes the total above the grant.
 *
 * @param applicationId    the application
 * @param programmeId      its programme
 * @param tranche          the tranche, from 0
 * @param amount           the amount paid
 * @param paymentReference the payment's reference
 * @param disbursedAt      when it was recorded
 */
@Revision("1")
public record TrancheDisbursed(
        ApplicationId applicationId, ProgrammeId programmeId, int tranche, Money amount, String paymentReference,
        Instant disbursedAt)
        implements ApplicationEvent {
}
