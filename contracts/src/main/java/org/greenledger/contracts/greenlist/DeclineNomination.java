package org.greenledger.contracts.greenlist;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.greenlist.EntryId;

/**
 * Decline a nominated or evaluated unit, with the reasons the enterprise is told. Officials only.
 *
 * @param entryId the entry
 * @param reasons 1-20 reasons, each 1-1000 characters
 */
public record DeclineNomination(@TargetAggregateIdentifier EntryId entryId, List<String> reasons) {

    public DeclineNomination {
        reasons = reasons == null ? null : List.copyOf(reasons);
    }
}
