package org.greenledger.command.greenlist;

import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greenledger.contracts.enterprise.DishonestyCleared;
import org.greenledger.contracts.enterprise.DishonestyFlagged;
import org.greenledger.contracts.enterprise.EnterpriseRegistered;
import org.greenledger.contracts.enterprise.ProfileChanged;
import org.greenledger.kernel.enterprise.Uscc;

/**
 * Reads an enterprise from its own events in the store, through the published contracts only:
 * features never call each other's classes. Reading from sequence 0 skips the registry's
 * snapshots, whose payload is the registry's private aggregate. A registry stream holds a handful
 * of events, read by the exact aggregate key.
 */
class StoredEnterpriseRecords implements EnterpriseRecords {

    private final EventStore events;

    StoredEnterpriseRecords(EventStore events) {
        this.events = events;
    }

    @Override
    public Optional<OnRecord> find(Uscc uscc) {
        OnRecord record = null;
        DomainEventStream stream = events.readEvents(uscc.value(), 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            Object payload = message.getPayload();
            if (payload instanceof EnterpriseRegistered e) {
                record = new OnRecord(e.name(), e.divisionCode(), false);
            } else if (payload instanceof ProfileChanged e && record != null) {
                record = new OnRecord(e.name(), e.divisionCode(), record.dishonest());
            } else if (payload instanceof DishonestyFlagged && record != null) {
                record = new OnRecord(record.name(), record.divisionCode(), true);
            } else if (payload instanceof DishonestyCleared && record != null) {
                record = new OnRecord(record.name(), record.divisionCode(), false);
            }
        }
        return Optional.ofNullable(record);
    }
}
