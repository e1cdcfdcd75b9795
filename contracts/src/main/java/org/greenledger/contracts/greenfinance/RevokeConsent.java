package org.greenledger.contracts.greenfinance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenfinance.ConsentId;

/**
 * Withdraw a consent at once.
 *
 * @param consentId  the consent
 * @param enterprise the caller's enterprise
 * @param reason     why, or {@code null}
 */
public record RevokeConsent(
        @TargetAggregateIdentifier ConsentId consentId, Uscc enterprise, String reason) {
}
