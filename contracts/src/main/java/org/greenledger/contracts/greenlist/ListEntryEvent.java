package org.greenledger.contracts.greenlist;

import org.greenledger.kernel.greenlist.EntryId;

/** What happened to an entry of the green-manufacturing list; every event names the entry. */
public sealed interface ListEntryEvent
        permits EntryNominated, EntryEvaluated, EntryListed, NominationDeclined, DeclarationFiled, DeclarationMissed,
        ReviewPassed, RectificationDemanded, RectificationConfirmed, RectificationMissed, EntryRemoved,
        EntryUpgraded, ListingDateCorrected, RemovalDateCorrected {

    EntryId entryId();
}
