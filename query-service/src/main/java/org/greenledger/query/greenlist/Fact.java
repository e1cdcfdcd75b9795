package org.greenledger.query.greenlist;

import java.time.Instant;
import java.time.LocalDate;
import org.greenledger.kernel.greenlist.ListLevel;

/**
 * One dated change to an entry's place on the list, with both of its times: the day it takes
 * effect (valid time, decided by the office) and the moment it was recorded (record time).
 *
 * @param kind       what changed
 * @param effective  the day it takes effect
 * @param recordedAt when it was recorded
 * @param level      for a listing or an upgrade, the level; else {@code null}
 */
record Fact(Kind kind, LocalDate effective, Instant recordedAt, ListLevel level) {

    enum Kind {
        /** On the list from {@code effective}, at {@code level}. */
        LISTED,
        /** The listing takes effect from {@code effective} instead. */
        LISTING_CORRECTED,
        /** At {@code level} from {@code effective}. */
        UPGRADED,
        /** Off the list from {@code effective}. */
        REMOVED,
        /** The removal takes effect from {@code effective} instead. */
        REMOVAL_CORRECTED
    }
}
