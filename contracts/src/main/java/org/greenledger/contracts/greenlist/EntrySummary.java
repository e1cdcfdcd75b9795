package org.greenledger.contracts.greenlist;

import java.time.Instant;
import java.time.LocalDate;
import org.greenledger.kernel.enterprise.DivisionCode;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenlist.BatchName;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.greenlist.ListCategory;
import org.greenledger.kernel.greenlist.ListLevel;
import org.greenledger.kernel.greenlist.ListedUnit;
import org.greenledger.kernel.greenlist.RemovalReason;
import org.greenledger.kernel.greenlist.Score;

/**
 * An entry as it stands now (latest knowledge).
 *
 * @param entryId        the entry
 * @param category       the list category
 * @param level          the level now
 * @param batch          the batch
 * @param enterprise     the enterprise
 * @param enterpriseName its registered name
 * @param divisionCode   its registered division
 * @param districtName   the Shanghai district's name, or {@code null}
 * @param unit           what is listed
 * @param status         the status now
 * @param score          the evaluation score, or {@code null} before evaluation
 * @param listedFrom     the first day on the list, or {@code null} when never listed
 * @param removedFrom    the first day off the list, or {@code null} when not removed
 * @param removalReason  the ground of removal, or {@code null}
 * @param nominatedAt    when the nomination was recorded
 * @param updatedAt      when the last change was recorded
 * @param position       global position of the last event reflected
 */
public record EntrySummary(EntryId entryId, ListCategory category, ListLevel level, BatchName batch, Uscc enterprise,
                           String enterpriseName, DivisionCode divisionCode, String districtName, ListedUnit unit,
                           EntryStatus status, Score score, LocalDate listedFrom, LocalDate removedFrom,
                           RemovalReason removalReason, Instant nominatedAt, Instant updatedAt, long position) {
}
