package org.greenledger.contracts.greenfinance;

import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenfinance.BankId;

/**
 * Which credit requests has this enterprise made, or this bank been asked, newest first? Either filter may be
 * null, not both. Answered with a list of {@link CreditRequestRecord}s.
 *
 * @param enterprise only this enterprise's
 * @param bank       only those addressed to this bank
 */
public record FindCreditRequests(Uscc enterprise, BankId bank) {
}
