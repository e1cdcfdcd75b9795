package org.greenledger.contracts.subsidy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.subsidy.ExpertId;

/**
 * Declare a further affiliation of an expert: the expert themself, or an official.
 *
 * @param expertId   the expert
 * @param enterprise the enterprise they are tied to
 */
public record DeclareAffiliation(ExpertId expertId, Uscc enterprise) {

    @TargetAggregateIdentifier
    public String expertStream() {
        return expertId.streamId();
    }
}
