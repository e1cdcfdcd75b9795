package org.greenledger.contracts.greenlist;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.greenlist.EntryId;

/**
 * The demanded rectification was checked and found done. Officials only.
 *
 * @param entryId     the entry
 * @param confirmedOn the day of the check, not in the future
 * @param reference   the check's reference, 1-200 characters
 */
public record ConfirmRectification(@TargetAggregateIdentifier EntryId entryId, LocalDate confirmedOn, String reference) {
}
