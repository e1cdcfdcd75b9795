package org.greenledger.contracts.enterprise;

import org.greenledger.kernel.enterprise.Uscc;

/** What happened to an enterprise in the registry; every event names the enterprise. */
public sealed interface EnterpriseEvent
        permits EnterpriseRegistered, ProfileChanged, EnergyAuditRecorded, DishonestyFlagged, DishonestyCleared {

    Uscc uscc();
}
