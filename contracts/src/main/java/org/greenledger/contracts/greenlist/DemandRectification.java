package org.greenledger.contracts.greenlist;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.greenlist.EntryId;

/**
 * A periodic review found shortcomings: the unit must rectify them (整改) by a deadline.
 * Officials only.
 *
 * @param entryId    the entry
 * @param reviewedOn the day of the review, not in the future nor before the listing
 * @param findings   what must be rectified, 1-1000 characters
 * @param deadline   the last day for the rectification, after the review
 */
public record DemandRectification(@TargetAggregateIdentifier EntryId entryId, LocalDate reviewedOn, String findings,
                                  LocalDate deadline) {
}
