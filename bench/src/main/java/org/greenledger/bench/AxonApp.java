package org.greenledger.bench;

import java.time.Clock;
import java.time.Duration;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/**
 * Plain Axon configurations on a contender's engine, as the services wire them without Spring: Jackson
 * everywhere, {@code SimpleCommandBus}, an {@code EmbeddedEventStore} on the engine, tracking processors
 * with their tokens in Mongo (axon-mongo's token store, as the platform uses) in the contender's database.
 */
final class AxonApp {

    static final String TOKENS = "bench_tokens";
    /**
     * Events per processor transaction, so a token is stored once per batch rather than once per event: the
     * services' default ({@code greenledger.store.processor-batch-size}).
     */
    static final int PROCESSOR_BATCH = 500;

    private AxonApp() {
    }

    /**
     * The account aggregate, and the {@link Balances} projection starting at the head of the store.
     */
    static Configuration commandSide(Contender contender, Serializer serializer, Balances balances) {
        Configurer configurer = base(contender, serializer);
        configurer.configureAggregate(Account.class)
                  .registerComponent(Clock.class, c -> Clock.systemUTC())
                  .eventProcessing(processing -> processing
                          .registerTrackingEventProcessor(Balances.PROCESSOR, Configuration::eventStore,
                                                          c -> fromHead())
                          .registerEventHandler(c -> balances));
        return configurer.buildConfiguration();
    }

    /**
     * Only the {@link ReplayCount} processor, starting at the head of the store until it is reset.
     */
    static Configuration replaySide(Contender contender, Serializer serializer, ReplayCount counter) {
        Configurer configurer = base(contender, serializer);
        configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessor(ReplayCount.PROCESSOR, Configuration::eventStore, c -> fromHead())
                .registerEventHandler(c -> counter));
        return configurer.buildConfiguration();
    }

    static TrackingEventProcessor processor(Configuration configuration, String name) {
        return configuration.eventProcessingConfiguration()
                            .eventProcessor(name, TrackingEventProcessor.class)
                            .orElseThrow(() -> new IllegalStateException("No tracking processor " + name));
    }

    /**
     * Waits until the processor's worker has read its stream to the end, so that no measurement includes its
     * start, and so that it may be shut down. A status appears as soon as the segment is claimed, before the
     * worker runs; Axon 4.13's processor shut down in that window never gives its thread back (its launcher
     * frees the segment but not the thread), and after a restart it claims nothing and processes nothing.
     */
    static void awaitCaughtUp(TrackingEventProcessor processor, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (processor.processingStatus().isEmpty()
                || !processor.processingStatus().values().stream().allMatch(EventTrackerStatus::isCaughtUp)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Processor " + processor.getName() + " did not catch up in "
                                                        + timeout);
            }
            sleep(5);
        }
    }

    /**
     * Shuts the configuration down and waits until its event store's producer thread has ended: that thread
     * outlives the shutdown by up to a second plus one fetch, and a fetch of axon-mongo's on a large store is
     * a scan that would otherwise run into the next measurement.
     */
    static void shutDown(Configuration configuration) {
        configuration.shutdown();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (Thread.getAllStackTraces().keySet().stream()
                     .anyMatch(thread -> thread.isAlive() && thread.getName().startsWith("EmbeddedEventStore"))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The event store's producer thread did not end");
            }
            sleep(10);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static Configurer base(Contender contender, Serializer serializer) {
        TokenStore tokens = tokenStore(contender.database, serializer);
        return DefaultConfigurer.defaultConfiguration()
                                .configureSerializer(c -> serializer)
                                .configureEventSerializer(c -> serializer)
                                .configureMessageSerializer(c -> serializer)
                                .configureEmbeddedEventStore(c -> contender.engine)
                                .eventProcessing(processing -> processing.registerTokenStore(c -> tokens));
    }

    /**
     * A fresh token store: tokens of an earlier configuration would make a processor catch up on the
     * prefill instead of starting at the head.
     */
    private static TokenStore tokenStore(MongoDatabase database, Serializer serializer) {
        database.getCollection(TOKENS).deleteMany(new Document());
        return MongoTokenStore.builder()
                              .mongoTemplate(DefaultMongoTemplate.builder()
                                                                 .mongoDatabase(database)
                                                                 .trackingTokensCollectionName(TOKENS)
                                                                 .build())
                              .serializer(serializer)
                              .build();
    }

    private static TrackingEventProcessorConfiguration fromHead() {
        return TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                                  .andBatchSize(PROCESSOR_BATCH)
                                                  .andInitialTrackingToken(StreamableMessageSource::createHeadToken);
    }
}
