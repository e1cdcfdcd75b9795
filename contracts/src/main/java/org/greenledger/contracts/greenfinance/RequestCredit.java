package org.greenledger.contracts.greenfinance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenfinance.CreditRequestId;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.ApplicationId;

/**
 * Ask a bank for green credit for a project. The enterprise is the caller's; the category is a code of
 * the green-finance catalogue in force today, whose version the request keeps.
 *
 * @param creditRequestId    the request
 * @param enterprise         the enterprise asking
 * @param bank               the bank asked
 * @param amount             how much, more than zero
 * @param purpose            what the money is for
 * @param category           the project's catalogue category code, e.g. {@code 1.5}
 * @param subsidyApplication the subsidy application of the same project, or {@code null}
 */
public record RequestCredit(
        @TargetAggregateIdentifier CreditRequestId creditRequestId, Uscc enterprise, BankId bank, Money amount,
        String purpose, String category, ApplicationId subsidyApplication) {
}
