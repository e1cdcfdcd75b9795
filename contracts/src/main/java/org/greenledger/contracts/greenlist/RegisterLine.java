package org.greenledger.contracts.greenlist;

import java.time.LocalDate;
import org.greenledger.kernel.enterprise.DivisionCode;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenlist.BatchName;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.greenlist.ListCategory;
import org.greenledger.kernel.greenlist.ListLevel;
import org.greenledger.kernel.greenlist.ListedUnit;

/**
 * A unit on the list on the day asked about, as known at the moment asked about. Only what the
 * published list shows.
 *
 * @param entryId        the entry
 * @param category       the list category
 * @param level          the level on that day
 * @param batch          the batch
 * @param enterprise     the enterprise
 * @param enterpriseName its registered name
 * @param divisionCode   its registered division
 * @param districtName   the Shanghai district's name, or {@code null}
 * @param unit           what is listed
 * @param listedFrom     the first day on the list, as then known
 * @param removedFrom    a later first day off the list, as then known, or {@code null}
 */
public record RegisterLine(EntryId entryId, ListCategory category, ListLevel level, BatchName batch, Uscc enterprise,
                           String enterpriseName, DivisionCode divisionCode, String districtName, ListedUnit unit,
                           LocalDate listedFrom, LocalDate removedFrom) {
}
