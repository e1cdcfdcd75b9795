package org.greenledger.contracts.subsidy;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.subsidy.ExpertId;

/**
 * Add an external reviewer to the roster, with the enterprises they are affiliated with. Officials only.
 *
 * @param expertId     the expert, by the subject of their token
 * @param name         their name
 * @param affiliations enterprises they work for or have ties with
 */
public record RegisterExpert(ExpertId expertId, String name, List<Uscc> affiliations) {

    @TargetAggregateIdentifier
    public String expertStream() {
        return expertId.streamId();
    }
}
