package org.greenledger.contracts.greenlist;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenlist.CubicMetres;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.greenlist.Percent;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.quantity.Tce;

/**
 * The listed enterprise declares its indicators for a finished year (年度指标填报). Only the
 * entry's own enterprise may; the declaration is due by 31 March of the next year.
 *
 * @param entryId               the entry
 * @param declarant             the enterprise declaring (from its token); must be the entry's
 * @param year                  the year declared, over and not before the listing year
 * @param energyUse             total energy use in tce
 * @param outputValue           industrial output value
 * @param water                 water use
 * @param solidWasteUtilisation general industrial solid-waste utilisation rate
 */
public record FileDeclaration(@TargetAggregateIdentifier EntryId entryId, Uscc declarant, int year, Tce energyUse,
                              Money outputValue, CubicMetres water, Percent solidWasteUtilisation) {
}
