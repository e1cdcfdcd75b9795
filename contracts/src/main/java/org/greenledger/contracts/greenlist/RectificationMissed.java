package org.greenledger.contracts.greenlist;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.greenlist.EntryId;

/**
 * The rectification's deadline passed without it being confirmed; removal may follow.
 *
 * @param entryId    the entry
 * @param deadline   the deadline missed
 * @param recordedAt when it was recorded
 */
@Revision("1")
public record RectificationMissed(EntryId entryId, LocalDate deadline, Instant recordedAt) implements ListEntryEvent {
}
