package org.greenledger.contracts.greenlist;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.greenlist.EntryId;

/**
 * Record that a rectification's deadline passed without it being confirmed. Officials only,
 * and only after the deadline.
 *
 * @param entryId the entry
 */
public record RecordMissedRectification(@TargetAggregateIdentifier EntryId entryId) {
}
