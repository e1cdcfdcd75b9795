package org.greenledger.contracts.greenlist;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.enterprise.DivisionCode;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenlist.BatchName;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.greenlist.ListCategory;
import org.greenledger.kernel.greenlist.ListLevel;
import org.greenledger.kernel.greenlist.ListedUnit;

/**
 * A unit was nominated. The enterprise's name and division are copied as the registry knew them
 * then, so the register can be filtered by district without asking the registry.
 *
 * @param entryId        the entry
 * @param category       the list category
 * @param level          the level nominated for
 * @param batch          the batch
 * @param enterprise     the nominated enterprise
 * @param enterpriseName its registered name at nomination
 * @param divisionCode   its registered division at nomination
 * @param unit           what is listed
 * @param nominatedAt    when it was recorded
 */
@Revision("1")
public record EntryNominated(
        EntryId entryId, ListCategory category, ListLevel level, BatchName batch, Uscc enterprise,
        String enterpriseName, DivisionCode divisionCode, ListedUnit unit, Instant nominatedAt) implements ListEntryEvent {
}
