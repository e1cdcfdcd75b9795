package org.greenledger.contracts.subsidy;

import org.greenledger.kernel.subsidy.ExpertId;

/** What happened to an expert of the roster. */
public sealed interface ExpertEvent
        permits ExpertRegistered, AffiliationDeclared {

    ExpertId expertId();
}
