package org.greenledger.contracts.subsidy;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.subsidy.ExpertId;

/**
 * An expert joined the roster.
 *
 * @param expertId     the expert
 * @param name         their name
 * @param affiliations declared affiliations
 * @param registeredAt when it was recorded
 */
@Revision("1")
public record ExpertRegistered(
        ExpertId expertId, String name, List<Uscc> affiliations, Instant registeredAt) implements ExpertEvent {

    public ExpertRegistered {
        affiliations = List.copyOf(affiliations);
    }
}
