package org.greenledger.query.greenfinance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.greenledger.platform.query.ProcessorPositions;
import org.greenledger.platform.query.QuerySettings;
import org.greenledger.query.ReadModelCollections;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class GreenfinanceReadModelConfig {

    @Bean
    ReadModelCollections consentReadModel() {
        return new ReadModelCollections(ConsentProjection.PROCESSING_GROUP, List.of(ConsentProjection.COLLECTION));
    }

    @Bean
    ReadModelCollections creditRequestReadModel() {
        return new ReadModelCollections(CreditRequestProjection.PROCESSING_GROUP, List.of(CreditRequestProjection.COLLECTION));
    }

    @Bean
    ReadModelCollections lookReadModel() {
        return new ReadModelCollections(LookProjection.PROCESSING_GROUP, List.of(LookProjection.COLLECTION));
    }

    @Bean
    ReadModelCollections notificationReadModel() {
        return new ReadModelCollections(NotificationProjection.PROCESSING_GROUP, List.of(NotificationProjection.NOTIFICATIONS,
                NotificationProjection.RELATIONS, NotificationProjection.ENTRIES, NotificationProjection.WEBHOOKS,
                NotificationProjection.CONSENT_OWNERS));
    }

    @Bean
    ConsentProjection consentProjection(MongoDatabase database) {
        return new ConsentProjection(database.getCollection(ConsentProjection.COLLECTION));
    }

    @Bean
    ConsentQueries consentQueries(MongoDatabase database) {
        return new ConsentQueries(database.getCollection(ConsentProjection.COLLECTION));
    }

    @Bean
    CreditRequestProjection creditRequestProjection(MongoDatabase database) {
        return new CreditRequestProjection(database.getCollection(CreditRequestProjection.COLLECTION));
    }

    @Bean
    LookProjection lookProjection(MongoDatabase database) {
        return new LookProjection(database.getCollection(LookProjection.COLLECTION));
    }

    @Bean
    NotificationProjection notificationProjection(MongoDatabase database, WebhookOutbox outbox, ObjectMapper json) {
        return new NotificationProjection(database, outbox, json);
    }

    @Bean
    ConsentGuard consentGuard(EventStore store, ProcessorPositions positions, QuerySettings settings, QueryGateway queries,
                              Clock clock) {
        return new ConsentGuard(store, positions, settings, queries, clock);
    }

    @Bean
    GreenRecords greenRecords(QueryGateway queries) {
        return new GreenRecords(queries);
    }
}
