package org.greenledger.contracts.greenlist;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.greenlist.EntryId;

/**
 * The first day off the list was corrected. From {@code correctedAt} on, the entry is known to be
 * off the list from {@code correctedFrom}; what was known before stays as it was.
 *
 * @param entryId       the entry
 * @param previousFrom  the date recorded until now
 * @param correctedFrom the right date
 * @param reason        why
 * @param correctedAt   when it was recorded
 */
@Revision("1")
public record RemovalDateCorrected(EntryId entryId, LocalDate previousFrom, LocalDate correctedFrom, String reason,
                                   Instant correctedAt) implements ListEntryEvent {
}
