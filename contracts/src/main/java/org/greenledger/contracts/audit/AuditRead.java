package org.greenledger.contracts.audit;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * An auditor (or an enterprise, of its own record) read the audit trail; recorded before the answer
 * left, who and in which role in the metadata, like every event.
 *
 * @param what   which read, e.g. {@code history} or {@code correlation}
 * @param target what was read: a record id or a correlation id
 * @param at     when
 */
@Revision("1")
public record AuditRead(String what, String target, Instant at) {
}
