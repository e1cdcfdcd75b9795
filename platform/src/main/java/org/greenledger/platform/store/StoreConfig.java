package org.greenledger.platform.store;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.saga.repository.MongoSagaStore;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.EventProcessingAutoConfiguration;
import org.axonframework.springboot.autoconfig.InfraConfiguration;
import org.bson.Document;
import org.greenledger.eventstore.MongoEventStorageEngine;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Primary;

/**
 * MongoDB and Axon's storage: our event storage engine, Axon's Mongo token and saga stores,
 * Jackson for every serializer ({@link AxonJackson}), and two beans aggregates refer to by
 * name: {@code @Aggregate(snapshotTriggerDefinition = "snapshotTriggerDefinition", cache =
 * "aggregateCache")}.
 */
@AutoConfiguration(before = {AxonAutoConfiguration.class, EventProcessingAutoConfiguration.class,
        InfraConfiguration.class, MongoAutoConfiguration.class})
@EnableConfigurationProperties({StoreSettings.class, MongoSettings.class})
public class StoreConfig {

    static final String TOKEN_COLLECTION = "trackingtokens";
    static final String SAGA_COLLECTION = "sagas";

    /**
     * The store is the system of record: unless the URI says otherwise, a write is acknowledged
     * only once a majority has it in its journal, and reads see only majority-committed data.
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    MongoClient mongoClient(MongoSettings settings) {
        ConnectionString uri = new ConnectionString(settings.uri());
        MongoClientSettings.Builder client = MongoClientSettings.builder().applyConnectionString(uri);
        if (uri.getWriteConcern() == null) {
            client.writeConcern(WriteConcern.MAJORITY.withJournal(true));
        }
        if (uri.getReadConcern() == null) {
            client.readConcern(ReadConcern.MAJORITY);
        }
        return MongoClients.create(client.build());
    }

    @Bean
    @ConditionalOnMissingBean
    MongoDatabase mongoDatabase(MongoClient client, MongoSettings settings) {
        String database = new ConnectionString(settings.uri()).getDatabase();
        return client.getDatabase(database != null ? database : MongoSettings.DEFAULT_DATABASE);
    }

    @Bean
    @Primary
    Serializer serializer(RevisionResolver revisionResolver) {
        return AxonJackson.serializer(revisionResolver);
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @ConditionalOnMissingBean
    EventStorageEngine eventStorageEngine(MongoDatabase database, Serializer serializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration configuration,
                                          StoreSettings settings) {
        return MongoEventStorageEngine.builder()
                .database(database)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(serializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .batchSize(settings.batchSize())
                .gapTimeout(settings.gapTimeout())
                .build();
    }

    @Bean
    MongoTemplate axonMongoTemplate(MongoDatabase database) {
        return DefaultMongoTemplate.builder()
                .mongoDatabase(database)
                .trackingTokensCollectionName(TOKEN_COLLECTION)
                .sagasCollectionName(SAGA_COLLECTION)
                .build();
    }

    @Bean
    @ConditionalOnMissingBean
    TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
        return MongoTokenStore.builder()
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .build();
    }

    /** Axon adds every upcaster bean to the store's chain, in bean order. */
    @Bean
    RuleSetInterestUpcaster ruleSetInterestUpcaster() {
        return new RuleSetInterestUpcaster();
    }

    @Bean
    @ConditionalOnMissingBean
    SagaStore<Object> sagaStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
        return MongoSagaStore.builder()
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .build();
    }

    /**
     * A handler that fails must stop its processor, not skip the event: Axon's default logs and
     * moves on, which would leave a read model or saga silently short of an event. Propagated, the
     * failure makes the processor back off and retry the same event until it succeeds.
     */
    @Bean
    ConfigurerModule failingHandlersHoldTheirProcessor() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }

    /**
     * Axon's default processor handles one event per unit of work, so every event also costs a
     * token write; in batches the token is written once per batch. A batch holds only events
     * already read, so it adds no latency, and projections are idempotent, so a batch retried
     * after a failure leaves the same read model.
     */
    @Bean
    ConfigurerModule processorsWorkInBatches(StoreSettings settings) {
        return configurer -> configurer.eventProcessing()
                .registerTrackingEventProcessorConfiguration(configuration ->
                        TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(settings.processorBatchSize()));
    }

    /** Snapshots every {@code greenledger.store.snapshot-threshold} events. */
    @Bean
    SnapshotTriggerDefinition snapshotTriggerDefinition(@Lazy Snapshotter snapshotter, StoreSettings settings) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, settings.snapshotThreshold());
    }

    /** Keeps loaded aggregates while anything still refers to them, to spare a reload per command. */
    @Bean
    Cache aggregateCache() {
        return new WeakReferenceCache();
    }

    @Bean
    HealthIndicator mongoHealthIndicator(MongoDatabase database) {
        return new AbstractHealthIndicator("MongoDB is not reachable") {
            @Override
            protected void doHealthCheck(Health.Builder builder) {
                database.runCommand(new Document("ping", 1));
                builder.up().withDetail("database", database.getName());
            }
        };
    }
}
