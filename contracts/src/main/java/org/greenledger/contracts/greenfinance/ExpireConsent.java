package org.greenledger.contracts.greenfinance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.greenfinance.ConsentId;

/**
 * End a consent whose last day is over. Sent by the expiry deadline.
 *
 * @param consentId the consent
 */
public record ExpireConsent(
        @TargetAggregateIdentifier ConsentId consentId) {
}
