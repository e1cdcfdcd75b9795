package org.greenledger.platform.testapp;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

@Aggregate(snapshotTriggerDefinition = "snapshotTriggerDefinition", cache = "aggregateCache")
class Thing {

    @AggregateIdentifier
    private String id;

    @CommandHandler
    Thing(Things.CreateThing command) {
        apply(new Things.ThingCreated(command.id(), command.name()));
    }

    @EventSourcingHandler
    void on(Things.ThingCreated event) {
        id = event.id();
    }

    protected Thing() {
    }
}
