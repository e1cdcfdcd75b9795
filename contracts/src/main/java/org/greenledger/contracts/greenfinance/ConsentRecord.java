package org.greenledger.contracts.greenfinance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenfinance.ConsentId;
import org.greenledger.kernel.greenfinance.ConsentScope;

/**
 * A consent as the read model knows it.
 *
 * @param consentId  the consent
 * @param enterprise the enterprise
 * @param bank       the bank
 * @param scopes     what the bank may see
 * @param validFrom  the first day
 * @param validUntil the last day
 * @param purpose    the purpose
 * @param status     LIVE, REVOKED or EXPIRED
 * @param grantedAt  when it was granted
 * @param endedAt    when it was revoked or expired, or null
 * @param history    every step, in order
 * @param looks      what the bank has read under it, in order
 * @param position   global position of the last event it reflects
 */
public record ConsentRecord(
        ConsentId consentId, Uscc enterprise, BankId bank, Set<ConsentScope> scopes, LocalDate validFrom,
        LocalDate validUntil, String purpose, ConsentStatus status, Instant grantedAt, Instant endedAt,
        List<Step> history, List<LookLine> looks, long position) {

    public ConsentRecord {
        scopes = Set.copyOf(scopes);
        history = List.copyOf(history);
        looks = looks == null ? List.of() : List.copyOf(looks);
    }
}
