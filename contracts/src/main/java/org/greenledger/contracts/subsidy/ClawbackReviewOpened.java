package org.greenledger.contracts.subsidy;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.greenlist.RemovalReason;
import org.greenledger.kernel.subsidy.ApplicationId;

/**
 * A granted application's applicant was removed from the green list its programme requires, for cause:
 * an official reviews whether to claw the grant back (and decides it with a clawback, or not).
 *
 * @param applicationId the application
 * @param entryId       the entry removed
 * @param reason        the ground of removal
 * @param effectiveFrom the first day off the list
 * @param openedAt      when it was recorded
 */
@Revision("1")
public record ClawbackReviewOpened(ApplicationId applicationId, EntryId entryId, RemovalReason reason,
                                   LocalDate effectiveFrom, Instant openedAt) implements ApplicationEvent {
}
