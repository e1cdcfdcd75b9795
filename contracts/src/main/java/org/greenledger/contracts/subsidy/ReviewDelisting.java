package org.greenledger.contracts.subsidy;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.greenlist.ListCategory;
import org.greenledger.kernel.greenlist.RemovalReason;
import org.greenledger.kernel.subsidy.ApplicationId;

/**
 * The applicant left the green list: the application judges whether that matters to it (its programme
 * requires the listing, in this category) and, if so, asks for an official's review. Sent by the
 * delisting process manager; sending it again for the same entry changes nothing.
 *
 * @param applicationId the application
 * @param entryId       the entry removed
 * @param category      the entry's category
 * @param reason        the ground of removal
 * @param effectiveFrom the first day off the list
 */
public record ReviewDelisting(@TargetAggregateIdentifier ApplicationId applicationId, EntryId entryId,
                              ListCategory category, RemovalReason reason, LocalDate effectiveFrom) {
}
