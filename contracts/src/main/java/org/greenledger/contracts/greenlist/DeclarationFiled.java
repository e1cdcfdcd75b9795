package org.greenledger.contracts.greenlist;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.greenlist.CubicMetres;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.greenlist.Percent;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.quantity.Tce;

/**
 * The listed enterprise declared a year's indicators.
 *
 * @param entryId               the entry
 * @param year                  the year declared
 * @param energyUse             total energy use
 * @param outputValue           industrial output value
 * @param water                 water use
 * @param solidWasteUtilisation solid-waste utilisation rate
 * @param dueOn                 the deadline it answered
 * @param late                  whether it was filed after the deadline
 * @param filedAt               when it was recorded
 */
@Revision("1")
public record DeclarationFiled(EntryId entryId, int year, Tce energyUse, Money outputValue, CubicMetres water,
                               Percent solidWasteUtilisation, LocalDate dueOn, boolean late, Instant filedAt)
        implements ListEntryEvent {
}
