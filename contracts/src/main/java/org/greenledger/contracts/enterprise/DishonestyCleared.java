package org.greenledger.contracts.enterprise;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.enterprise.Uscc;

/**
 * The enterprise was taken off the dishonesty (失信) list.
 *
 * @param uscc            the enterprise
 * @param reason          why
 * @param sourceReference the decision it rests on
 * @param clearedAt       when
 */
@Revision("1")
public record DishonestyCleared(Uscc uscc, String reason, String sourceReference, Instant clearedAt)
        implements EnterpriseEvent {
}
