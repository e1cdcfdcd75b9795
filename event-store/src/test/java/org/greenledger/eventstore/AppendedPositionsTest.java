package org.greenledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greenledger.eventstore.LateCommitTest.event;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;

import com.mongodb.client.MongoDatabase;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AppendedPositionsTest {

    private final MongoDatabase database = EmbeddedMongo.freshDatabase();
    private final MongoEventStorageEngine engine = EmbeddedMongo.engine(database).build();

    @BeforeEach
    void forgetEarlierAppends() {
        AppendedPositions.clear();
    }

    @AfterEach
    void dropDatabase() {
        database.drop();
    }

    @Test
    void the_appending_thread_learns_the_position_of_its_commits_last_event() {
        engine.appendEvents(event("A", 0));

        engine.appendEvents(event("A", 1), event("A", 2), event("A", 3));

        assertThat(AppendedPositions.last()).hasValue(3);
    }

    @Test
    void another_thread_sees_nothing_and_clearing_forgets() throws Exception {
        engine.appendEvents(event("A", 0), event("A", 1));
        AtomicReference<OptionalLong> seenElsewhere = new AtomicReference<>();
        Thread other = new Thread(() -> seenElsewhere.set(AppendedPositions.last()));
        other.start();
        other.join();
        OptionalLong beforeClear = AppendedPositions.last();

        AppendedPositions.clear();

        assertThat(beforeClear).hasValue(1);
        assertThat(seenElsewhere.get()).isEmpty();
        assertThat(AppendedPositions.last()).isEmpty();
    }

    @Test
    void a_refused_append_records_nothing() {
        engine.appendEvents(event("A", 0));
        AppendedPositions.clear();

        assertThatThrownBy(() -> engine.appendEvents(event("A", 0)))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(AppendedPositions.last()).isEmpty();
    }
}
