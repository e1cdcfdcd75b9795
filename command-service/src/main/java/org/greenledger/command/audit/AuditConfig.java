package org.greenledger.command.audit;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greenledger.command.DeadlinePoller;
import org.greenledger.eventstore.MongoEventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditLogSettings.class)
class AuditConfig {

    @Bean
    RecordStates auditRecordStates(EventStore eventStore, EventStorageEngine engine, ObjectProvider<Configuration> axon) {
        return new RecordStates(eventStore, engine, axon.getObject());
    }

    @Bean
    AuditLog auditLog(EventStorageEngine engine, MongoDatabase database, AuditLogSettings settings, Environment environment,
                      Clock clock) {
        Path keyFile = settings.keyFile() != null ? settings.keyFile()
                : Path.of(environment.getProperty("greenledger.data", "./data"), "audit-log-key");
        return new AuditLog((MongoEventStorageEngine) engine, database, LogKey.loadOrCreate(keyFile, settings.origin()),
                settings.origin(), clock);
    }

    /** Named so that its health component is {@code auditLog}. */
    @Bean
    LogSelfCheck auditLogHealthIndicator(AuditLog log, EventStorageEngine engine, Clock clock, MeterRegistry meters) {
        return new LogSelfCheck(log, (MongoEventStorageEngine) engine, clock, meters);
    }

    @Bean
    DeadlinePoller auditLogCheckpoints(AuditLog log, AuditLogSettings settings) {
        return new DeadlinePoller("audit-log-checkpoints", log::advance, settings.checkpointInterval());
    }

    @Bean
    DeadlinePoller auditLogSelfCheck(LogSelfCheck selfCheck, AuditLogSettings settings) {
        return new DeadlinePoller("audit-log-self-check", selfCheck::run, settings.selfCheckInterval());
    }
}
