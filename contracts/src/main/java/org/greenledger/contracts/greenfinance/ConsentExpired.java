package org.greenledger.contracts.greenfinance;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.greenfinance.ConsentId;

/**
 * A consent ended with its last day.
 *
 * @param consentId the consent
 * @param lastDay   its last day
 * @param expiredAt when it was recorded
 */
@Revision("1")
public record ConsentExpired(
        ConsentId consentId, LocalDate lastDay, Instant expiredAt) implements ConsentEvent {
}
