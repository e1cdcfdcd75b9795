package org.greenledger.contracts.greenlist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One page of the register as of a day, as known at a moment.
 *
 * @param items   the units on this page
 * @param asOf    the day asked about
 * @param knownAt the moment whose knowledge was used
 * @param page    zero-based page number
 * @param size    the requested page size
 * @param total   how many units match in all
 */
public record RegisterPage(List<RegisterLine> items, LocalDate asOf, Instant knownAt, int page, int size, long total) {

    public RegisterPage {
        items = List.copyOf(items);
    }
}
