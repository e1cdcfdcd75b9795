package org.greenledger.command.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.AggregateConfiguration;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.greenledger.eventstore.MongoEventStorageEngine;
import org.greenledger.platform.store.AxonJackson;

/**
 * A record's state as it was at a past moment, rebuilt from its own events (never from a read model):
 * the record's stream is read from sequence 0, past any snapshot, cut at a global position or a time,
 * and applied to a fresh instance of its aggregate by the aggregate's own event-sourcing handlers; the
 * state is the aggregate's fields, as a snapshot would keep them. The aggregate type is found by the
 * stream's type among the aggregates the command side configures, so no feature is named here.
 */
class RecordStates {

    /** How far to rebuild: up to and including a global position, or every event recorded at or before a time. */
    record AsOf(Long position, Instant at) {
    }

    /**
     * The state of a record as of a moment.
     *
     * @param recordId  the record
     * @param type      its aggregate type
     * @param sequence  the sequence number of the last event applied
     * @param position  that event's global position
     * @param at        that event's time
     * @param applied   how many events were applied
     * @param total     how many the record has now
     * @param state     the aggregate's fields
     */
    record State(String recordId, String type, long sequence, long position, Instant at, int applied, int total,
                 JsonNode state) {
    }

    private static final ObjectMapper FIELDS = AxonJackson.objectMapper();

    private final EventStore events;
    private final MongoEventStorageEngine engine;
    private final Configuration configuration;

    RecordStates(EventStore events, EventStorageEngine engine, Configuration configuration) {
        if (!(engine instanceof MongoEventStorageEngine ours)) {
            throw new IllegalStateException("Record states need our event store's positions, not " + engine.getClass());
        }
        this.events = events;
        this.engine = ours;
        this.configuration = configuration;
    }

    /** Empty when the record has no event at or before the moment (or none at all). */
    Optional<State> of(String recordId, AsOf asOf) {
        List<Long> positions = engine.positions(recordId);
        List<DomainEventMessage<?>> applied = new ArrayList<>();
        DomainEventStream stream = events.readEvents(recordId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            long position = positions.get((int) event.getSequenceNumber());
            boolean within = asOf.position() != null ? position <= asOf.position() : !event.getTimestamp().isAfter(asOf.at());
            if (!within) {
                break;
            }
            applied.add(event);
        }
        if (applied.isEmpty()) {
            return Optional.empty();
        }
        DomainEventMessage<?> first = applied.get(0);
        DomainEventMessage<?> last = applied.get(applied.size() - 1);
        Object root = rebuild(type(first.getType()), first, applied);
        return Optional.of(new State(recordId, first.getType(), last.getSequenceNumber(),
                positions.get((int) last.getSequenceNumber()), last.getTimestamp(), applied.size(), positions.size(),
                FIELDS.valueToTree(root)));
    }

    private <T> Object rebuild(Class<T> type, DomainEventMessage<?> first, List<DomainEventMessage<?>> applied) {
        AggregateModel<T> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(type);
        T root = new GenericAggregateFactory<>(type).createAggregateRoot(first.getAggregateIdentifier(), first);
        EventSourcedAggregate<T> aggregate = EventSourcedAggregate.initialize(root, model, (EventBus) null,
                NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(DomainEventStream.of(applied.stream()));
        return aggregate.getAggregateRoot();
    }

    private Class<?> type(String streamType) {
        return configuration.findModules(AggregateConfiguration.class).stream()
                .map(AggregateConfiguration::aggregateType)
                .filter(type -> type.getSimpleName().equals(streamType))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No aggregate of type " + streamType + " is configured"));
    }
}
