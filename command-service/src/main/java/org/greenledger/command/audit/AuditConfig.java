package org.greenledger.command.audit;

import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;

@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class AuditConfig {

    @Bean
    RecordStates auditRecordStates(EventStore eventStore, EventStorageEngine engine, ObjectProvider<Configuration> axon) {
        return new RecordStates(eventStore, engine, axon.getObject());
    }
}
