package org.greenledger.contracts.greenlist;

import java.time.LocalDate;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.greenlist.ListCategory;

/**
 * One obligation of a listed unit in the upkeep calendar.
 *
 * @param kind           what is due
 * @param dueOn          by when
 * @param overdue        whether the day has passed
 * @param entryId        the entry
 * @param enterprise     the enterprise
 * @param enterpriseName its name
 * @param category       the entry's category
 * @param year           for a declaration, the year to declare; else {@code null}
 */
public record UpkeepItem(UpkeepKind kind, LocalDate dueOn, boolean overdue, EntryId entryId, Uscc enterprise,
                         String enterpriseName, ListCategory category, Integer year) {
}
