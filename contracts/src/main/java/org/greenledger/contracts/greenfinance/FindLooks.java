package org.greenledger.contracts.greenfinance;

import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenfinance.BankId;

/**
 * Who looked at this enterprise's green record (or what did this bank look at), newest first? Either filter may
 * be null, not both. Answered with a list of {@link LookLine}s.
 *
 * @param enterprise only looks at this enterprise
 * @param bank       only this bank's looks
 */
public record FindLooks(Uscc enterprise, BankId bank) {
}
