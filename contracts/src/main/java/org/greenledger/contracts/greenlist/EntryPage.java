package org.greenledger.contracts.greenlist;

import java.util.List;

/**
 * One page of entries as they stand now.
 *
 * @param items the entries on this page
 * @param page  zero-based page number
 * @param size  the requested page size
 * @param total how many entries match in all
 */
public record EntryPage(List<EntrySummary> items, int page, int size, long total) {

    public EntryPage {
        items = List.copyOf(items);
    }
}
