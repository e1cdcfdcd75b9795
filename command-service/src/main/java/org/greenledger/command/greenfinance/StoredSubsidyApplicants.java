package org.greenledger.command.greenfinance;

import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greenledger.contracts.subsidy.ApplicationDrafted;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.subsidy.ApplicationId;

/**
 * The applicant as the application's first published event names it, read from its own stream by
 * key (the contracts, not the subsidy feature's classes): an application's applicant never changes.
 */
class StoredSubsidyApplicants implements SubsidyApplicants {

    private final EventStore events;

    StoredSubsidyApplicants(EventStore events) {
        this.events = events;
    }

    @Override
    public Optional<Uscc> of(ApplicationId application) {
        DomainEventStream stream = events.readEvents(application.value(), 0);
        if (!stream.hasNext()) {
            return Optional.empty();
        }
        DomainEventMessage<?> first = stream.next();
        return first.getPayload() instanceof ApplicationDrafted drafted ? Optional.of(drafted.applicant()) : Optional.empty();
    }
}
