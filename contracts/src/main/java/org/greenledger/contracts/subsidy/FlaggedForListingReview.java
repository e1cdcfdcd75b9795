package org.greenledger.contracts.subsidy;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.greenlist.RemovalReason;
import org.greenledger.kernel.subsidy.ApplicationId;

/**
 * A pending application's applicant left the green list its programme requires: an official reviews
 * it before deciding.
 *
 * @param applicationId the application
 * @param entryId       the entry removed
 * @param reason        the ground of removal
 * @param effectiveFrom the first day off the list
 * @param flaggedAt     when it was recorded
 */
@Revision("1")
public record FlaggedForListingReview(ApplicationId applicationId, EntryId entryId, RemovalReason reason,
                                      LocalDate effectiveFrom, Instant flaggedAt) implements ApplicationEvent {
}
