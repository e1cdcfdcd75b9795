package org.greenledger.contracts.greenlist;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.greenlist.EntryId;

/**
 * The demanded rectification was found done.
 *
 * @param entryId     the entry
 * @param confirmedOn the day of the check
 * @param reference   the check's record
 * @param recordedAt  when it was recorded
 */
@Revision("1")
public record RectificationConfirmed(EntryId entryId, LocalDate confirmedOn, String reference, Instant recordedAt)
        implements ListEntryEvent {
}
