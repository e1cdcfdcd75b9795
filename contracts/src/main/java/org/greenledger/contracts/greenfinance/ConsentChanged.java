package org.greenledger.contracts.greenfinance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.greenfinance.ConsentId;
import org.greenledger.kernel.greenfinance.ConsentScope;

/**
 * A live consent was changed.
 *
 * @param consentId  the consent
 * @param scopes     what the bank may see from now on
 * @param validUntil the last day from now on
 * @param changedAt  when it was recorded
 */
@Revision("1")
public record ConsentChanged(
        ConsentId consentId, Set<ConsentScope> scopes, LocalDate validUntil, Instant changedAt) implements ConsentEvent {

    public ConsentChanged {
        scopes = Set.copyOf(scopes);
    }
}
