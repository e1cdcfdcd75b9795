package org.greenledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greenledger.eventstore.LateCommitTest.event;

import java.time.Instant;
import java.util.List;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * The same contract on the embedded server's H2 backend, which {@code ./greenledger up} runs on: its
 * unique multikey indexes must refuse and look up exactly as the memory backend's do.
 */
class H2BackendContractTest extends MongoEventStorageEngineContractTest {

    @Override
    MongoDatabase freshDatabase() {
        return EmbeddedMongo.freshH2Database();
    }

    @Test
    void a_tombstone_refuses_a_commit_over_its_position_on_h2_too() {
        MongoDatabase database = freshDatabase();
        CommitStore store = new CommitStore(database);
        store.ensureSchema();
        long first = store.allocate(3);
        store.insertTombstone(Commits.tombstone(first + 1, 1, Instant.now()));
        List<Document> events = List.of(stored(event("A", 0)), stored(event("A", 1)), stored(event("A", 2)));

        assertThatThrownBy(() -> store.insertCommit(Commits.commit(first, Instant.now(), events)))
                .isInstanceOfSatisfying(MongoWriteException.class,
                                        e -> assertThat(CommitStore.isDuplicateKey(e)).isTrue());
        assertThat(store.findCovering(List.of(first, first + 1, first + 2)))
                .singleElement().satisfies(tombstone -> assertThat(Commits.isTombstone(tombstone)).isTrue());
        database.drop();
    }

    private static Document stored(org.axonframework.eventhandling.EventMessage<?> event) {
        return Commits.event(event, EmbeddedMongo.jackson());
    }
}
