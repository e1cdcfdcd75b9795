package org.greenledger.contracts.greenlist;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.greenlist.ListLevel;

/**
 * The unit is on the list from {@code effectiveFrom} (valid time); {@code listedAt} is when that
 * was recorded (record time).
 *
 * @param entryId           the entry
 * @param level             the level it is listed at
 * @param effectiveFrom     the first day on the list
 * @param decisionReference the listing notice
 * @param listedAt          when it was recorded
 */
@Revision("1")
public record EntryListed(EntryId entryId, ListLevel level, LocalDate effectiveFrom, String decisionReference,
                          Instant listedAt) implements ListEntryEvent {
}
