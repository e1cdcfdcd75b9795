package org.greenledger.contracts.subsidy;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.ProgrammeId;

/**
 * Money clawed back was repaid and returned to the programme.
 *
 * @param applicationId    the application
 * @param programmeId      its programme
 * @param amount           the amount repaid
 * @param paymentReference the payment's reference
 * @param recoveredAt      when it was recorded
 */
@Revision("1")
public record FundsRecovered(
        ApplicationId applicationId, ProgrammeId programmeId, Money amount, String paymentReference,
        Instant recoveredAt)
        implements ApplicationEvent {
}
