package org.greenledger.contracts.greenlist;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.greenlist.EntryId;

/**
 * Correct the date from which a unit is on the list. The earlier date stays on record; the
 * correction is a new fact with its own reason. Officials only.
 *
 * @param entryId       the entry
 * @param correctedFrom the right first day, different from the recorded one, not after a removal or upgrade
 * @param reason        why, 1-1000 characters
 */
public record CorrectListingDate(@TargetAggregateIdentifier EntryId entryId, LocalDate correctedFrom, String reason) {
}
