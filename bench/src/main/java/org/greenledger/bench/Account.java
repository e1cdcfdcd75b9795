package org.greenledger.bench;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A minimal event-sourced aggregate: every command loads the account's whole stream (no cache, no
 * snapshot), so a command costs an aggregate read plus an append, as in the services.
 */
class Account {

    @AggregateIdentifier
    private String id;
    private long balanceFen;

    @CommandHandler
    void handle(Deposit command, Clock clock) {
        if (command.amountFen() <= 0) {
            throw new IllegalArgumentException("A deposit must be positive, got " + command.amountFen());
        }
        apply(new Deposited(id, command.amountFen(), Workload.CURRENCY, command.reference(), command.memo(),
                            clock.instant()));
    }

    @EventSourcingHandler
    void on(Deposited event) {
        id = event.accountId();
        balanceFen += event.amountFen();
    }

    protected Account() {
    }
}
