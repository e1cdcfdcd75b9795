package org.greenledger.contracts.enterprise;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.enterprise.Uscc;

/**
 * The enterprise was put on the dishonesty (失信) list.
 *
 * @param uscc            the enterprise
 * @param reason          why
 * @param sourceReference the decision or list entry it rests on
 * @param flaggedAt       when
 */
@Revision("1")
public record DishonestyFlagged(Uscc uscc, String reason, String sourceReference, Instant flaggedAt)
        implements EnterpriseEvent {
}
