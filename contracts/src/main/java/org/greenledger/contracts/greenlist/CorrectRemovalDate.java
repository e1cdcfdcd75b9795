package org.greenledger.contracts.greenlist;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.greenlist.EntryId;

/**
 * Correct the date from which a removed unit is off the list. The earlier date stays on record;
 * the correction is a new fact with its own reason. Officials only.
 *
 * @param entryId       the entry
 * @param correctedFrom the right first day off the list, different from the recorded one, not before the listing
 * @param reason        why, 1-1000 characters
 */
public record CorrectRemovalDate(@TargetAggregateIdentifier EntryId entryId, LocalDate correctedFrom, String reason) {
}
