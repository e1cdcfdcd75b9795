package org.greenledger.contracts.greenfinance;

import java.time.Instant;
import java.util.Set;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenfinance.ConsentId;
import org.greenledger.kernel.greenfinance.ConsentScope;

/**
 * A recorded look at an enterprise's green record (DOMAIN: "every look a bank takes ... is itself
 * recorded"). Who looked, in which role, is the event's metadata, as for every event.
 */
public sealed interface Look permits GreenRecordRead, EligibilityChecked {

    Uscc enterprise();

    /** The bank that looked, or {@code null} for an auditor. */
    BankId bank();

    /** The consent the look was taken under, or {@code null} for an auditor. */
    ConsentId consentId();

    Set<ConsentScope> scopes();

    Instant at();
}
