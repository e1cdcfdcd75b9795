package org.greenledger.contracts.greenlist;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.greenlist.EntryId;

/**
 * Record that a listed enterprise did not declare a year's indicators by the deadline. Officials
 * only, and only once the deadline has passed.
 *
 * @param entryId the entry
 * @param year    the year not declared
 */
public record RecordMissedDeclaration(@TargetAggregateIdentifier EntryId entryId, int year) {
}
