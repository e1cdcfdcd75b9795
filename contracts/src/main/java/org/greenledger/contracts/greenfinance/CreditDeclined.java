package org.greenledger.contracts.greenfinance;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenfinance.CreditRequestId;

/**
 * A bank declined a green credit request.
 *
 * @param creditRequestId the request
 * @param enterprise      the enterprise
 * @param bank            the bank
 * @param reason          why
 * @param declinedAt      when it was recorded
 */
@Revision("1")
public record CreditDeclined(CreditRequestId creditRequestId, Uscc enterprise, BankId bank, String reason,
                             Instant declinedAt) implements CreditRequestEvent {
}
