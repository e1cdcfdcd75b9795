package org.greenledger.contracts.greenfinance;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenfinance.ConsentId;
import org.greenledger.kernel.greenfinance.ConsentScope;

/**
 * Give a named bank consent to see parts of the enterprise's green record for a period, for a purpose.
 * The enterprise is the caller's; at most 12 months, starting today or later.
 *
 * @param consentId  the consent
 * @param enterprise the enterprise granting it
 * @param bank       the bank it is granted to
 * @param scopes     what the bank may see
 * @param validFrom  the first day (Shanghai)
 * @param validUntil the last day, at most 12 months on
 * @param purpose    what the bank needs it for
 */
public record GrantConsent(
        @TargetAggregateIdentifier ConsentId consentId, Uscc enterprise, BankId bank, Set<ConsentScope> scopes,
        LocalDate validFrom, LocalDate validUntil, String purpose) {
}
