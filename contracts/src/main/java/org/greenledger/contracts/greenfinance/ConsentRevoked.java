package org.greenledger.contracts.greenfinance;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.greenfinance.ConsentId;

/**
 * A consent was revoked; no bank read that starts after this is answered under it.
 *
 * @param consentId the consent
 * @param reason    why, or {@code null}
 * @param revokedAt when it was recorded
 */
@Revision("1")
public record ConsentRevoked(
        ConsentId consentId, String reason, Instant revokedAt) implements ConsentEvent {
}
