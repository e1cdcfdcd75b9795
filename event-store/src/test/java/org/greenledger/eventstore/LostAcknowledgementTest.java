package org.greenledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Collection;
import java.util.List;

import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An insert whose connection drops before the answer, and which the server applies only after the engine
 * looked for it (a write still waiting for its majority when the connection dropped, read back with
 * read concern majority; or simply a busy server).
 */
class LostAcknowledgementTest {

    private final MongoDatabase database = EmbeddedMongo.freshDatabase();

    @AfterEach
    void dropDatabase() {
        database.drop();
    }

    @Test
    void a_commit_that_lands_after_the_engine_looked_for_it_is_not_reported_as_failed() {
        MongoEventStorageEngine engine = EmbeddedMongo.engine(database).store(LandsLate::new).build();
        DomainEventMessage<?> event = LateCommitTest.event("A", 0);

        Throwable failure = catchThrowable(() -> engine.appendEvents(event));
        List<String> stored = engine.readEvents("A").asStream().map(EventMessage::getIdentifier).toList();
        List<TrackedEventMessage<?>> tracked = LateCommitTest.tracked(engine, null);

        assertThat(stored).containsExactly(event.getIdentifier());
        assertThat(LateCommitTest.identifiers(tracked)).containsExactly(event.getIdentifier());
        assertThat(failure).as("the append answers what the store holds").isNull();
    }

    private static final class LandsLate extends CommitStore {

        private Document inFlight;

        LandsLate(MongoDatabase database) {
            super(database);
        }

        @Override
        void insertCommit(Document commit) {
            inFlight = commit;
            throw new MongoSocketReadException("Prematurely reached end of stream", new ServerAddress());
        }

        @Override
        List<Document> findCovering(Collection<Long> positions) {
            List<Document> covering = super.findCovering(positions);
            if (inFlight != null) {
                super.insertCommit(inFlight);
                inFlight = null;
            }
            return covering;
        }
    }
}
