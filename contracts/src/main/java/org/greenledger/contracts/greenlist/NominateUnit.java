package org.greenledger.contracts.greenlist;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenlist.BatchName;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.greenlist.ListCategory;
import org.greenledger.kernel.greenlist.ListLevel;
import org.greenledger.kernel.greenlist.ListedUnit;

/**
 * Nominate a unit of a registered enterprise for the list (申报/推荐). Officials only. The entry's
 * id follows from what is nominated ({@link EntryId#forUnit}), so the same unit nominated twice in
 * one batch and category reaches the same entry and is refused.
 *
 * @param category   the list category; it decides what kind of unit is named
 * @param level      municipal or national
 * @param batch      the batch, e.g. 2026-1
 * @param enterprise the nominated enterprise (for a park, its operator); it must be registered
 * @param unit       the enterprise itself, a product or a park, as the category requires
 */
public record NominateUnit(ListCategory category, ListLevel level, BatchName batch, Uscc enterprise, ListedUnit unit) {

    @TargetAggregateIdentifier
    public EntryId entryId() {
        return EntryId.forUnit(batch, category, enterprise, unit);
    }
}
