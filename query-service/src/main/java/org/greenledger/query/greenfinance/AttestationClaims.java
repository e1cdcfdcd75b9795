package org.greenledger.query.greenfinance;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenfinance.BankId;

/**
 * What an eligibility attestation says, before it is signed.
 *
 * @param attestationId    its id ({@code jti} and the credential's {@code id}, as {@code urn:uuid:})
 * @param subject          the enterprise it is about
 * @param audience         the one bank it is for
 * @param validFrom        from when a bank may rely on it
 * @param validUntil       until when; at most {@code greenledger.attestation.validity} after it is issued
 * @param category         the green-finance category checked
 * @param catalogueVersion the catalogue version whose criteria were applied
 * @param position         the global event position the answer was read at
 * @param reflects         the time of the last event it reflects
 * @param eligible         the outcome
 * @param criteria         each criterion and whether it was met
 */
record AttestationClaims(UUID attestationId, Uscc subject, BankId audience, Instant validFrom, Instant validUntil,
                         String category, String catalogueVersion, long position, Instant reflects, boolean eligible,
                         List<AttestedCriterion> criteria) {

    AttestationClaims {
        Objects.requireNonNull(attestationId, "attestationId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(catalogueVersion, "catalogueVersion");
        Objects.requireNonNull(reflects, "reflects");
        criteria = List.copyOf(criteria);
    }
}
