package org.greenledger.command.subsidy;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greenledger.contracts.subsidy.AffiliationDeclared;
import org.greenledger.contracts.subsidy.ExpertRegistered;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.subsidy.ExpertId;

/**
 * Reads an expert from their own events, by the exact stream key, from sequence 0 (past any
 * snapshot, whose payload is the aggregate's private state). A roster entry holds a handful of events.
 */
class StoredExpertRecords implements ExpertRecords {

    private final EventStore events;

    StoredExpertRecords(EventStore events) {
        this.events = events;
    }

    @Override
    public Optional<OnRoster> find(ExpertId expert) {
        String name = null;
        Set<Uscc> affiliations = new HashSet<>();
        DomainEventStream stream = events.readEvents(expert.streamId(), 0);
        while (stream.hasNext()) {
            Object payload = stream.next().getPayload();
            if (payload instanceof ExpertRegistered e) {
                name = e.name();
                affiliations.addAll(e.affiliations());
            } else if (payload instanceof AffiliationDeclared e) {
                affiliations.add(e.enterprise());
            }
        }
        return name == null ? Optional.empty() : Optional.of(new OnRoster(name, affiliations));
    }
}
