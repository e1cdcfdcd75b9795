package org.greenledger.contracts.greenlist;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.greenlist.EntryId;

/**
 * Put an evaluated unit on the list from a date (公布). Officials only.
 *
 * @param entryId           the entry
 * @param effectiveFrom     the first day the unit is on the list
 * @param decisionReference the notice that lists it, 1-200 characters
 */
public record PutOnList(@TargetAggregateIdentifier EntryId entryId, LocalDate effectiveFrom, String decisionReference) {
}
