package org.greenledger.contracts.greenfinance;

import java.time.Instant;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenfinance.ConsentId;
import org.greenledger.kernel.greenfinance.ConsentScope;
import org.greenledger.kernel.greenfinance.GreenCreditAssessment;
import org.greenledger.kernel.greenfinance.GreenCreditFacts;

/**
 * A bank checked an enterprise's green-credit eligibility for a project category, under a live
 * consent, and was given a signed attestation. The facts and the policy version are kept, so the
 * check can be re-run; the attestation as issued is kept as evidence.
 *
 * @param attestationId the attestation's id
 * @param enterprise    the enterprise checked
 * @param bank          the bank
 * @param consentId     the consent
 * @param scopes        what the check read
 * @param facts         what it was decided from, with the catalogue version, day and position
 * @param assessment    the answer, criterion by criterion, and the policy version
 * @param validFrom     the attestation's first instant
 * @param validUntil    the attestation's last instant
 * @param keyId         the signing key's {@code kid}
 * @param attestation   the attestation as issued (compact JWS)
 * @param at            when
 */
@Revision("1")
public record EligibilityChecked(String attestationId, Uscc enterprise, BankId bank, ConsentId consentId,
                                 Set<ConsentScope> scopes, GreenCreditFacts facts, GreenCreditAssessment assessment,
                                 Instant validFrom, Instant validUntil, String keyId, String attestation, Instant at)
        implements Look {

    public EligibilityChecked {
        scopes = Set.copyOf(scopes);
    }
}
