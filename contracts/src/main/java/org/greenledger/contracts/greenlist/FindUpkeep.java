package org.greenledger.contracts.greenlist;

import java.time.LocalDate;

/**
 * What do listed units owe, up to {@code until}: declarations not yet filed nor recorded missed,
 * rectification deadlines, reviews due? Overdue items are included. Answered with a list of
 * {@link UpkeepItem}s ordered by due date.
 *
 * @param until the last due date of interest
 * @param today the day against which items count as overdue
 */
public record FindUpkeep(LocalDate until, LocalDate today) {
}
