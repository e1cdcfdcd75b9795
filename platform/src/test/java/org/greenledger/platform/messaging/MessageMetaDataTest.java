package org.greenledger.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.platform.command.CommandAnswer;
import org.greenledger.platform.command.CommandSender;
import org.greenledger.platform.security.Actor;
import org.greenledger.platform.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/**
 * A small in-memory Axon set-up: an HTTP-sent command, the event it causes, the command a saga
 * sends in reaction and that command's event all carry who, role, correlation and request ids,
 * and each names its direct cause.
 */
class MessageMetaDataTest {

    static final String USCC = "91350100M000100Y43";

    record Open(@TargetAggregateIdentifier String id) {
    }

    record Opened(String id) {
    }

    record Confirm(@TargetAggregateIdentifier String id) {
    }

    record Confirmed(String id) {
    }

    static class Account {
        @AggregateIdentifier
        private String id;

        @CommandHandler
        Account(Open command) {
            apply(new Opened(command.id()));
        }

        @CommandHandler
        void handle(Confirm command) {
            apply(new Confirmed(command.id()));
        }

        @EventSourcingHandler
        void on(Opened event) {
            id = event.id();
        }

        protected Account() {
        }
    }

    public static class ConfirmationSaga {
        @StartSaga
        @SagaEventHandler(associationProperty = "id")
        public void on(Opened event, CommandGateway commands) {
            commands.send(new Confirm(event.id()));
        }
    }

    final List<CommandMessage<?>> dispatched = new CopyOnWriteArrayList<>();
    Configuration axon;

    @BeforeEach
    void start() {
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(Account.class)
                .configureCorrelationDataProviders(c -> List.of(new MessageMetaDataProvider()))
                .eventProcessing(processing -> processing.usingSubscribingEventProcessors()
                        .registerSaga(ConfirmationSaga.class))
                .buildConfiguration();
        axon.commandBus().registerDispatchInterceptor((MessageDispatchInterceptor<CommandMessage<?>>) messages ->
                (index, message) -> {
                    dispatched.add(message);
                    return message;
                });
        axon.start();
    }

    @AfterEach
    void stop() {
        axon.shutdown();
        MDC.clear();
    }

    @Test
    void every_message_of_a_request_carries_its_ids_and_names_its_cause() {
        MDC.put(Correlation.CORRELATION_ID, "client-chosen-7");
        MDC.put(Correlation.REQUEST_ID, "request-1");
        Actor enterprise = new Actor(USCC, Role.ENTERPRISE, Uscc.of(USCC), null);

        CommandAnswer<Object> answer = new CommandSender(axon.commandGateway()).send(new Open("A-1"), enterprise);

        List<? extends DomainEventMessage<?>> events = axon.eventStore().readEvents("A-1").asStream().toList();
        assertThat(events).extracting(e -> e.getPayloadType().getSimpleName()).containsExactly("Opened", "Confirmed");
        assertThat(dispatched).extracting(c -> c.getPayloadType().getSimpleName()).containsExactly("Open", "Confirm");
        CommandMessage<?> open = dispatched.get(0);
        CommandMessage<?> confirm = dispatched.get(1);
        DomainEventMessage<?> opened = events.get(0);
        DomainEventMessage<?> confirmed = events.get(1);

        for (MetaData metaData : List.of(open.getMetaData(), opened.getMetaData(), confirm.getMetaData(),
                confirmed.getMetaData())) {
            assertThat(metaData)
                    .containsEntry(MetaDataKeys.SUBJECT, USCC)
                    .containsEntry(MetaDataKeys.ROLE, "ENTERPRISE")
                    .containsEntry(MetaDataKeys.USCC, USCC)
                    .containsEntry(MetaDataKeys.CORRELATION_ID, "client-chosen-7")
                    .containsEntry(MetaDataKeys.REQUEST_ID, "request-1")
                    .doesNotContainKey(MetaDataKeys.BANK_ID);
        }
        assertThat(open.getMetaData()).containsEntry(MetaDataKeys.CAUSATION_ID, "request-1");
        assertThat(opened.getMetaData()).containsEntry(MetaDataKeys.CAUSATION_ID, open.getIdentifier());
        assertThat(confirm.getMetaData()).containsEntry(MetaDataKeys.CAUSATION_ID, opened.getIdentifier());
        assertThat(confirmed.getMetaData()).containsEntry(MetaDataKeys.CAUSATION_ID, confirm.getIdentifier());
        assertThat(answer.position()).as("the in-memory engine records no positions").isNull();
    }

    @Test
    void outside_a_request_the_command_gets_fresh_ids() {
        Actor official = new Actor("officer-1", Role.OFFICIAL, null, null);

        new CommandSender(axon.commandGateway()).send(new Open("A-2"), official);

        MetaData metaData = dispatched.get(0).getMetaData();
        assertThat(metaData.get(MetaDataKeys.REQUEST_ID)).isNotNull();
        assertThat(metaData.get(MetaDataKeys.CORRELATION_ID)).isEqualTo(metaData.get(MetaDataKeys.REQUEST_ID));
        assertThat(metaData.get(MetaDataKeys.CAUSATION_ID)).isEqualTo(metaData.get(MetaDataKeys.REQUEST_ID));
        assertThat(metaData).containsEntry(MetaDataKeys.ROLE, "OFFICIAL").doesNotContainKey(MetaDataKeys.USCC);
    }
}
