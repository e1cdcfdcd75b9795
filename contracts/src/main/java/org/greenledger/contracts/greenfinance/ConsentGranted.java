package org.greenledger.contracts.greenfinance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenfinance.ConsentId;
import org.greenledger.kernel.greenfinance.ConsentScope;

/**
 * An enterprise gave a bank consent to see parts of its green record.
 *
 * @param consentId  the consent
 * @param enterprise the enterprise
 * @param bank       the bank
 * @param scopes     what the bank may see
 * @param validFrom  the first day
 * @param validUntil the last day
 * @param purpose    the purpose
 * @param grantedAt  when it was recorded
 */
@Revision("1")
public record ConsentGranted(
        ConsentId consentId, Uscc enterprise, BankId bank, Set<ConsentScope> scopes, LocalDate validFrom,
        LocalDate validUntil, String purpose, Instant grantedAt) implements ConsentEvent {

    public ConsentGranted {
        scopes = Set.copyOf(scopes);
    }
}
