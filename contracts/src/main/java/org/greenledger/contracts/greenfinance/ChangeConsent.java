package org.greenledger.contracts.greenfinance;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenfinance.ConsentId;
import org.greenledger.kernel.greenfinance.ConsentScope;

/**
 * Change the scopes or the last day of a live consent; the 12 months still count from its first day.
 *
 * @param consentId  the consent
 * @param enterprise the caller's enterprise
 * @param scopes     what the bank may see from now on
 * @param validUntil the new last day
 */
public record ChangeConsent(
        @TargetAggregateIdentifier ConsentId consentId, Uscc enterprise, Set<ConsentScope> scopes,
        LocalDate validUntil) {
}
