package org.greenledger.contracts.greenlist;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.greenlist.EntryId;

/**
 * A periodic review demanded rectification by a deadline; the unit stays on the list meanwhile.
 *
 * @param entryId    the entry
 * @param reviewedOn the day of the review
 * @param findings   what must be rectified
 * @param deadline   the last day for it
 * @param recordedAt when it was recorded
 */
@Revision("1")
public record RectificationDemanded(EntryId entryId, LocalDate reviewedOn, String findings, LocalDate deadline,
                                    Instant recordedAt) implements ListEntryEvent {
}
