package org.greenledger.platform.testapp;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The test service's messages. */
public final class Things {

    private Things() {
    }

    public record CreateThing(@TargetAggregateIdentifier String id, String name) {
    }

    public record ThingCreated(String id, String name) {
    }
}
