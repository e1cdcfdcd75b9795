package org.greenledger.contracts.subsidy;

import org.greenledger.kernel.subsidy.ProgrammeId;

/** What happened to a funding programme; every event names the programme. */
public sealed interface ProgrammeEvent
        permits ProgrammeOpened, RuleSetPublished, BudgetAdjusted, FundsReserved, ReservationReleased, FundsGranted,
        GrantReduced {

    ProgrammeId programmeId();
}
