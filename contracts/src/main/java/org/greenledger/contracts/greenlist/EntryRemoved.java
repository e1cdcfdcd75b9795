package org.greenledger.contracts.greenlist;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.greenlist.RemovalReason;

/**
 * The unit is off the list from {@code effectiveFrom} (valid time, possibly back-dated);
 * {@code removedAt} is when that was recorded (record time).
 *
 * @param entryId           the entry
 * @param reason            the ground
 * @param explanation       the case
 * @param effectiveFrom     the first day off the list
 * @param decisionReference the decision
 * @param removedAt         when it was recorded
 */
@Revision("1")
public record EntryRemoved(EntryId entryId, RemovalReason reason, String explanation, LocalDate effectiveFrom,
                           String decisionReference, Instant removedAt) implements ListEntryEvent {
}
