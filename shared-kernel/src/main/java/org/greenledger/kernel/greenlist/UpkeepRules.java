package org.greenledger.kernel.greenlist;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;

/**
 * When a listed unit's yearly obligations fall due. The commission asks for the indicators of a
 * year by the end of the following first quarter, and reviews each entry every three years
 * (counted from the listing, then from the last passed review or confirmed rectification).
 */
public final class UpkeepRules {

    /** The indicators of year Y are due by this day of Y + 1. */
    public static final MonthDay DECLARATION_DEADLINE = MonthDay.of(3, 31);
    public static final Period REVIEW_CYCLE = Period.ofYears(3);

    private UpkeepRules() {
    }

    /** The last day on which the declaration for {@code year} is on time. */
    public static LocalDate declarationDue(int year) {
        return DECLARATION_DEADLINE.atYear(year + 1);
    }

    /** When the next review is due after a listing, passed review or confirmed rectification on {@code since}. */
    public static LocalDate reviewDue(LocalDate since) {
        return since.plus(REVIEW_CYCLE);
    }
}
