package org.greenledger.contracts.greenlist;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.greenlist.EntryId;

/**
 * A periodic review found the unit still meets the standard.
 *
 * @param entryId    the entry
 * @param reviewedOn the day of the review
 * @param reference  the review record
 * @param recordedAt when it was recorded
 */
@Revision("1")
public record ReviewPassed(EntryId entryId, LocalDate reviewedOn, String reference, Instant recordedAt)
        implements ListEntryEvent {
}
