package org.greenledger.contracts.greenfinance;

import java.time.Instant;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenfinance.ConsentId;
import org.greenledger.kernel.greenfinance.ConsentScope;

/**
 * A bank (under a live consent) or an auditor read parts of an enterprise's green record. Recorded
 * before the answer left.
 *
 * @param enterprise the enterprise read
 * @param bank       the bank, or null for an auditor
 * @param consentId  the consent, or null for an auditor
 * @param scopes     what was read
 * @param position   the global position the answer reflected
 * @param at         when
 */
@Revision("1")
public record GreenRecordRead(Uscc enterprise, BankId bank, ConsentId consentId, Set<ConsentScope> scopes, long position,
                              Instant at) implements Look {

    public GreenRecordRead {
        scopes = Set.copyOf(scopes);
    }
}
