package org.greenledger.contracts.greenlist;

import java.time.Instant;
import java.time.LocalDate;
import org.greenledger.kernel.greenlist.CubicMetres;
import org.greenledger.kernel.greenlist.Percent;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.quantity.Tce;

/**
 * A filed yearly declaration as an {@link EntryRecord} lists it.
 *
 * @param year                  the year declared
 * @param energyUse             total energy use
 * @param outputValue           industrial output value
 * @param water                 water use
 * @param solidWasteUtilisation solid-waste utilisation rate
 * @param dueOn                 its deadline
 * @param late                  filed after the deadline
 * @param filedAt               when it was recorded
 */
public record DeclarationRecord(int year, Tce energyUse, Money outputValue, CubicMetres water,
                                Percent solidWasteUtilisation, LocalDate dueOn, boolean late, Instant filedAt) {
}
