package org.greenledger.eventstore;

import java.util.function.UnaryOperator;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngineTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Axon's own storage-engine contract (every test inherited from {@link BatchingEventStorageEngineTest},
 * {@code AbstractEventStorageEngineTest} and {@code EventStorageEngineTest}) against the embedded server.
 */
class MongoEventStorageEngineContractTest
        extends BatchingEventStorageEngineTest<MongoEventStorageEngine, MongoEventStorageEngine.Builder> {

    private MongoDatabase database;

    @BeforeEach
    void setUp() {
        database = freshDatabase();
        setTestSubject(createEngine());
    }

    MongoDatabase freshDatabase() {
        return EmbeddedMongo.freshDatabase();
    }

    @AfterEach
    void dropDatabase() {
        database.drop();
    }

    @Override
    protected MongoEventStorageEngine createEngine(UnaryOperator<MongoEventStorageEngine.Builder> customization) {
        return customization.apply(EmbeddedMongo.engine(database)).build();
    }
}
