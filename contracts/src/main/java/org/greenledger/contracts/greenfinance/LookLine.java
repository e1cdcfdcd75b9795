package org.greenledger.contracts.greenfinance;

import java.time.Instant;
import java.util.Set;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenfinance.ConsentId;
import org.greenledger.kernel.greenfinance.ConsentScope;

/**
 * One recorded look, as the enterprise and auditors see it.
 *
 * @param look          {@code GreenRecordRead} or {@code EligibilityChecked}
 * @param enterprise    whose record
 * @param bank          the bank, or null for an auditor
 * @param consentId     the consent it was taken under, or null
 * @param scopes        what was read
 * @param by            who (the token's subject)
 * @param role          in which role
 * @param attestationId for a check, the attestation issued; else null
 * @param eligible      for a check, its answer; else null
 * @param at            when
 * @param position      the look's own global position
 */
public record LookLine(String look, Uscc enterprise, BankId bank, ConsentId consentId, Set<ConsentScope> scopes, String by,
                       String role, String attestationId, Boolean eligible, Instant at, long position) {

    public LookLine {
        scopes = Set.copyOf(scopes);
    }
}
