package org.greenledger.query.greenfinance;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.greenledger.platform.query.ProcessorPositions;
import org.greenledger.platform.query.QuerySettings;
import org.greenledger.query.ReadModelCollections;
import org.greenledger.query.ReadModelGenerations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class GreenfinanceReadModelConfig {

    @Bean
    ReadModelCollections consentReadModel() {
        return new ReadModelCollections(ConsentProjection.PROCESSING_GROUP, List.of(ConsentProjection.COLLECTION),
                collections -> new ConsentProjection(collections.get(ConsentProjection.COLLECTION)));
    }

    @Bean
    ReadModelCollections creditRequestReadModel() {
        return new ReadModelCollections(CreditRequestProjection.PROCESSING_GROUP, List.of(CreditRequestProjection.COLLECTION),
                collections -> new CreditRequestProjection(collections.get(CreditRequestProjection.COLLECTION)));
    }

    @Bean
    ReadModelCollections lookReadModel() {
        return new ReadModelCollections(LookProjection.PROCESSING_GROUP, List.of(LookProjection.COLLECTION),
                collections -> new LookProjection(collections.get(LookProjection.COLLECTION)));
    }

    /** A rebuilt notification read model tells nobody: every delivery it finds was enqueued when the event was new. */
    @Bean
    ReadModelCollections notificationReadModel(ObjectMapper json) {
        return new ReadModelCollections(NotificationProjection.PROCESSING_GROUP, List.of(NotificationProjection.NOTIFICATIONS,
                NotificationProjection.RELATIONS, NotificationProjection.ENTRIES, NotificationProjection.WEBHOOKS,
                NotificationProjection.CONSENT_OWNERS), collections -> new NotificationProjection(collections, delivery -> {
                }, json));
    }

    @Bean
    ConsentProjection consentProjection(ReadModelGenerations generations) {
        return new ConsentProjection(generations.live(ConsentProjection.PROCESSING_GROUP).get(ConsentProjection.COLLECTION));
    }

    @Bean
    ConsentQueries consentQueries(ReadModelGenerations generations) {
        return new ConsentQueries(generations.live(ConsentProjection.PROCESSING_GROUP).get(ConsentProjection.COLLECTION));
    }

    @Bean
    CreditRequestProjection creditRequestProjection(ReadModelGenerations generations) {
        return new CreditRequestProjection(generations.live(CreditRequestProjection.PROCESSING_GROUP)
                .get(CreditRequestProjection.COLLECTION));
    }

    @Bean
    LookProjection lookProjection(ReadModelGenerations generations) {
        return new LookProjection(generations.live(LookProjection.PROCESSING_GROUP).get(LookProjection.COLLECTION));
    }

    @Bean
    NotificationProjection notificationProjection(ReadModelGenerations generations, WebhookOutbox outbox, ObjectMapper json) {
        return new NotificationProjection(generations.live(NotificationProjection.PROCESSING_GROUP), outbox::enqueue, json);
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
