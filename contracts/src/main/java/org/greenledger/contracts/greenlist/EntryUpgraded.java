package org.greenledger.contracts.greenlist;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.greenlist.ListLevel;

/**
 * The entry rose to a higher level from {@code effectiveFrom}.
 *
 * @param entryId           the entry
 * @param level             the level it rose to
 * @param effectiveFrom     the first day at that level
 * @param decisionReference the notice
 * @param upgradedAt        when it was recorded
 */
@Revision("1")
public record EntryUpgraded(EntryId entryId, ListLevel level, LocalDate effectiveFrom, String decisionReference,
                            Instant upgradedAt) implements ListEntryEvent {
}
