package org.greenledger.contracts.greenfinance;

import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenfinance.BankId;

/**
 * Which consents has this enterprise given, or this bank received? Either may be null, not both.
 * Answered with a list of {@link ConsentRecord}s, newest first.
 *
 * @param enterprise only this enterprise's, or null
 * @param bank       only those given to this bank, or null
 */
public record FindConsents(
        Uscc enterprise, BankId bank) {
}
