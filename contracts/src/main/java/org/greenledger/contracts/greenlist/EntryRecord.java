package org.greenledger.contracts.greenlist;

import java.time.LocalDate;
import java.util.List;

/**
 * An entry with everything the office keeps about it.
 *
 * @param entry                 where it stands now
 * @param declarations          its filed yearly declarations, by year
 * @param missedDeclarations    the years recorded as not declared
 * @param rectificationDeadline the open rectification's deadline, or {@code null}
 * @param nextReviewDue         when the next periodic review is due while listed, or {@code null}
 * @param history               every change, in the order recorded
 */
public record EntryRecord(EntrySummary entry, List<DeclarationRecord> declarations, List<Integer> missedDeclarations,
                          LocalDate rectificationDeadline, LocalDate nextReviewDue, List<HistoryLine> history) {

    public EntryRecord {
        declarations = List.copyOf(declarations);
        missedDeclarations = List.copyOf(missedDeclarations);
        history = List.copyOf(history);
    }
}
