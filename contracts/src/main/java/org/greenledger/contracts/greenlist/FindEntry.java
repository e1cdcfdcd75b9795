package org.greenledger.contracts.greenlist;

import org.greenledger.kernel.greenlist.EntryId;

/**
 * What is this entry, with its whole history? Answered with an {@link EntryRecord}, or with
 * nothing when there is no such entry.
 *
 * @param entryId the entry
 */
public record FindEntry(EntryId entryId) {
}
