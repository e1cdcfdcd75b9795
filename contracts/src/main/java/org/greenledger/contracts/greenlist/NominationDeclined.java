package org.greenledger.contracts.greenlist;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.greenlist.EntryId;

/**
 * The nomination was declined; the entry never reaches the list.
 *
 * @param entryId    the entry
 * @param reasons    why, as the enterprise is told
 * @param declinedAt when it was recorded
 */
@Revision("1")
public record NominationDeclined(EntryId entryId, List<String> reasons, Instant declinedAt) implements ListEntryEvent {

    public NominationDeclined {
        reasons = List.copyOf(reasons);
    }
}
