package org.greenledger.query.greenfinance;

import java.time.Instant;
import java.util.UUID;

/**
 * An issued attestation.
 *
 * @param kid        the key that signed it, as the published key set names it
 * @param jws        the compact JWS a bank verifies
 * @param validFrom  as signed: whole seconds, like the JWT's {@code nbf}
 * @param validUntil as signed: whole seconds, like the JWT's {@code exp}
 */
record SignedAttestation(UUID attestationId, String kid, String jws, Instant validFrom, Instant validUntil) {
}
