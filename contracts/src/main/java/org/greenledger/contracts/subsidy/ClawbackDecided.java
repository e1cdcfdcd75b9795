package org.greenledger.contracts.subsidy;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.ProgrammeId;

/**
 * A grant was clawed back. The part not yet paid returned to the programme in the same commit; a clawback for
 * fraud bars the enterprise from applying until {@code barredUntil}.
 *
 * @param applicationId the application
 * @param programmeId   its programme
 * @param reason        the ground
 * @param amount        what must be repaid
 * @param released      the unpaid part returned to the programme
 * @param explanation   the case
 * @param barredUntil   the last day of the bar, or {@code null}
 * @param decidedAt     when it was recorded
 */
@Revision("1")
public record ClawbackDecided(
        ApplicationId applicationId, ProgrammeId programmeId, ClawbackReason reason, Money amount, Money released,
        String explanation, LocalDate barredUntil, Instant decidedAt)
        implements ApplicationEvent {
}
