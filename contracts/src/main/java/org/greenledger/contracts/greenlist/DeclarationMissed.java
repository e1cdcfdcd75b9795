package org.greenledger.contracts.greenlist;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.greenlist.EntryId;

/**
 * The listed enterprise did not declare a year's indicators by the deadline.
 *
 * @param entryId    the entry
 * @param year       the year not declared
 * @param dueOn      the deadline missed
 * @param recordedAt when it was recorded
 */
@Revision("1")
public record DeclarationMissed(EntryId entryId, int year, LocalDate dueOn, Instant recordedAt) implements ListEntryEvent {
}
