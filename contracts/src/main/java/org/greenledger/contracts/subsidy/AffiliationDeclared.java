package org.greenledger.contracts.subsidy;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.subsidy.ExpertId;

/**
 * An expert declared a further affiliation.
 *
 * @param expertId   the expert
 * @param enterprise the enterprise
 * @param declaredAt when it was recorded
 */
@Revision("1")
public record AffiliationDeclared(ExpertId expertId, Uscc enterprise, Instant declaredAt) implements ExpertEvent {
}
