package org.greenledger.contracts.greenfinance;

import org.greenledger.kernel.greenfinance.ConsentId;

/** What happened to a consent; every event names the consent. */
public sealed interface ConsentEvent permits ConsentGranted, ConsentChanged, ConsentRevoked, ConsentExpired {

    ConsentId consentId();
}
