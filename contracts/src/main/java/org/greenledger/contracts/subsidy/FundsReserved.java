package org.greenledger.contracts.subsidy;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.ProgrammeId;

/**
 * An approval reserved part of the budget for an application, in the same commit as the approval.
 *
 * @param programmeId   the programme
 * @param applicationId the application
 * @param amount        the amount reserved
 * @param remaining     what the programme has left after it
 * @param reservedAt    when it was recorded
 */
@Revision("1")
public record FundsReserved(
        ProgrammeId programmeId, ApplicationId applicationId, Money amount, Money remaining, Instant reservedAt) implements ProgrammeEvent {
}
