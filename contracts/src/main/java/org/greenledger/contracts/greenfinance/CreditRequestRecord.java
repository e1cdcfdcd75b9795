package org.greenledger.contracts.greenfinance;

import java.time.Instant;
import java.util.List;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenfinance.CreditRequestId;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.ApplicationId;

/**
 * A credit request as the read model knows it.
 *
 * @param creditRequestId    the request
 * @param enterprise         the enterprise
 * @param bank               the bank asked
 * @param amount             how much was asked
 * @param purpose            what for
 * @param category           the catalogue category code
 * @param catalogueVersion   the catalogue version it was made under
 * @param subsidyApplication the linked subsidy application, or null
 * @param status             where it stands
 * @param loan               the approved loan's terms, or null
 * @param declineReason      the bank's reason, or null
 * @param requestedAt        when it was made
 * @param decidedAt          when the bank decided, or null
 * @param history            every step, in order
 * @param position           global position of the last event it reflects
 */
public record CreditRequestRecord(
        CreditRequestId creditRequestId, Uscc enterprise, BankId bank, Money amount, String purpose, String category,
        String catalogueVersion, ApplicationId subsidyApplication, CreditStatus status, LoanTerms loan,
        String declineReason, Instant requestedAt, Instant decidedAt, List<Step> history, long position) {

    public CreditRequestRecord {
        history = List.copyOf(history);
    }
}
