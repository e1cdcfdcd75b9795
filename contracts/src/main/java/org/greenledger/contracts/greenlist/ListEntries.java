package org.greenledger.contracts.greenlist;

import org.greenledger.kernel.enterprise.DivisionCode;
import org.greenledger.kernel.greenlist.BatchName;
import org.greenledger.kernel.greenlist.ListCategory;
import org.greenledger.kernel.greenlist.ListLevel;

/**
 * Which entries match, as they stand now? Answered with an {@link EntryPage} ordered by batch and
 * entry id. Every criterion is optional ({@code null} matches all).
 *
 * @param category the list category
 * @param level    the current level
 * @param district the enterprise's registered division
 * @param status   the current status
 * @param batch    the batch
 * @param page     zero-based page number
 * @param size     page size, 1-100
 */
public record ListEntries(ListCategory category, ListLevel level, DivisionCode district, EntryStatus status,
                          BatchName batch, int page, int size) {
}
