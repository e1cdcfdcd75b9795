package org.greenledger.contracts.greenlist;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.greenlist.EntryId;

/**
 * A municipal entry is now on the national list too (升级为国家级). Officials only.
 *
 * @param entryId           the entry
 * @param effectiveFrom     the first day at national level, not before the listing
 * @param decisionReference the ministry's notice, 1-200 characters
 */
public record UpgradeToNational(@TargetAggregateIdentifier EntryId entryId, LocalDate effectiveFrom,
                                String decisionReference) {
}
