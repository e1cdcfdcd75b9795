package org.greenledger.contracts.greenlist;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.greenlist.EntryId;

/**
 * A periodic review (复核) of a listed unit found it still meets the standard. Officials only.
 *
 * @param entryId    the entry
 * @param reviewedOn the day of the review, not in the future nor before the listing
 * @param reference  the review record's reference, 1-200 characters
 */
public record PassReview(@TargetAggregateIdentifier EntryId entryId, LocalDate reviewedOn, String reference) {
}
