package org.greenledger.bench;

import java.util.List;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * axon-mongo's engine with its defaults (a document per event, 1 s look-back), which the issue asks to
 * beat. Prefilled through the engine itself: an append of many events is one {@code insertMany}.
 */
final class AxonMongo extends Contender {

    AxonMongo(MongoDatabase database, Serializer serializer) {
        super("axon-mongo", database, MongoEventStorageEngine.builder()
                                                             .mongoTemplate(DefaultMongoTemplate.builder()
                                                                                                .mongoDatabase(database)
                                                                                                .build())
                                                             .eventSerializer(serializer)
                                                             .snapshotSerializer(serializer)
                                                             .build());
    }

    @Override
    void prefill(List<DomainEventMessage<Deposited>> events) {
        engine.appendEvents(events);
    }
}
