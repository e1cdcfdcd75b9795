package org.greenledger.contracts.greenfinance;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenfinance.CreditRequestId;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.ApplicationId;

/**
 * An enterprise asked a bank for green credit.
 *
 * @param creditRequestId    the request
 * @param enterprise         the enterprise
 * @param bank               the bank
 * @param amount             how much
 * @param purpose            what for
 * @param category           the catalogue category code
 * @param catalogueVersion   the catalogue version in force on the day, which the request keeps
 * @param subsidyApplication the linked subsidy application, or {@code null}
 * @param requestedAt        when it was recorded
 */
@Revision("1")
public record CreditRequested(
        CreditRequestId creditRequestId, Uscc enterprise, BankId bank, Money amount, String purpose, String category,
        String catalogueVersion, ApplicationId subsidyApplication, Instant requestedAt) implements CreditRequestEvent {
}
