package org.greenledger.query.greenlist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.greenledger.kernel.greenlist.ListLevel;

/**
 * An entry's place on the list as it was known at one moment: the answer to "was it on the list
 * on day D, as we knew it at K?" is {@code knownAt(facts, K)} then {@link #onListOn(LocalDate) onListOn(D)}.
 * Pure: no clock, no store.
 *
 * @param listedFrom    first day on the list
 * @param listedLevel   the level it was listed at
 * @param upgradedFrom  first day at the upgraded level, or {@code null}
 * @param upgradedLevel the upgraded level, or {@code null}
 * @param removedFrom   first day off the list, or {@code null}
 */
record Standing(LocalDate listedFrom, ListLevel listedLevel, LocalDate upgradedFrom, ListLevel upgradedLevel,
                LocalDate removedFrom) {

    /**
     * Folds the facts recorded at or before {@code knownAt}, in the order they were recorded; a
     * correction replaces the date it corrects, for knowledge from its own recording on. Empty
     * when no listing was known by then.
     */
    static Optional<Standing> knownAt(List<Fact> facts, Instant knownAt) {
        LocalDate listedFrom = null;
        ListLevel listedLevel = null;
        LocalDate upgradedFrom = null;
        ListLevel upgradedLevel = null;
        LocalDate removedFrom = null;
        for (Fact fact : facts) {
            if (fact.recordedAt().isAfter(knownAt)) {
                continue;
            }
            switch (fact.kind()) {
                case LISTED -> {
                    listedFrom = fact.effective();
                    listedLevel = fact.level();
                }
                case LISTING_CORRECTED -> listedFrom = fact.effective();
                case UPGRADED -> {
                    upgradedFrom = fact.effective();
                    upgradedLevel = fact.level();
                }
                case REMOVED, REMOVAL_CORRECTED -> removedFrom = fact.effective();
            }
        }
        return listedFrom == null ? Optional.empty()
                : Optional.of(new Standing(listedFrom, listedLevel, upgradedFrom, upgradedLevel, removedFrom));
    }

    /** On the list from the listing day up to, not including, the removal day. */
    boolean onListOn(LocalDate day) {
        return !day.isBefore(listedFrom) && (removedFrom == null || day.isBefore(removedFrom));
    }

    ListLevel levelOn(LocalDate day) {
        return upgradedFrom != null && !day.isBefore(upgradedFrom) ? upgradedLevel : listedLevel;
    }
}
