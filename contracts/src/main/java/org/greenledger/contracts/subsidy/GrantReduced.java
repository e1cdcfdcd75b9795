package org.greenledger.contracts.subsidy;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.ProgrammeId;

/**
 * Part of an application's grant returned to the programme: after an acceptance check that lowered it, the unpaid part
 * of a clawed-back grant, or money repaid under a clawback.
 *
 * @param programmeId   the programme
 * @param applicationId the application
 * @param amount        the amount returned
 * @param why           ACCEPTANCE, CLAWBACK or RECOVERY
 * @param remaining     what the programme has left after it
 * @param reducedAt     when it was recorded
 */
@Revision("1")
public record GrantReduced(
        ProgrammeId programmeId, ApplicationId applicationId, Money amount, String why, Money remaining,
        Instant reducedAt)
        implements ProgrammeEvent {
}
