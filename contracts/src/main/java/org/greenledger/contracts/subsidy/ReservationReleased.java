package org.greenledger.contracts.subsidy;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.ProgrammeId;

/**
 * An application's reservation returned to the programme (an objection reopened its review).
 *
 * @param programmeId   the programme
 * @param applicationId the application
 * @param amount        the amount released
 * @param remaining     what the programme has left after it
 * @param releasedAt    when it was recorded
 */
@Revision("1")
public record ReservationReleased(ProgrammeId programmeId, ApplicationId applicationId, Money amount, Money remaining,
                                  Instant releasedAt) implements ProgrammeEvent {
}
