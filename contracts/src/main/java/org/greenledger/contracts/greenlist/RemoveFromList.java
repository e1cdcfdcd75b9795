package org.greenledger.contracts.greenlist;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.greenlist.RemovalReason;

/**
 * Take a unit off the list (移出) from a date, which may lie in the past (a removal effective
 * from the day of the incident) but not before the listing. Officials only.
 *
 * @param entryId           the entry
 * @param reason            the ground
 * @param explanation       the case, 1-1000 characters
 * @param effectiveFrom     the first day the unit is no longer on the list
 * @param decisionReference the decision, 1-200 characters
 */
public record RemoveFromList(@TargetAggregateIdentifier EntryId entryId, RemovalReason reason, String explanation,
                             LocalDate effectiveFrom, String decisionReference) {
}
