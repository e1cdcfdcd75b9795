package org.greenledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import org.axonframework.common.AxonConfigurationException;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BuilderTest {

    private final MongoDatabase database = EmbeddedMongo.freshDatabase();

    @AfterEach
    void dropDatabase() {
        database.drop();
    }

    @Test
    void an_engine_without_a_database_is_refused_with_a_clear_message() {
        assertThatThrownBy(() -> MongoEventStorageEngine.builder().eventSerializer(EmbeddedMongo.jackson())
                                                        .snapshotSerializer(EmbeddedMongo.jackson()).build())
                .isInstanceOf(AxonConfigurationException.class).hasMessageContaining("MongoDatabase");
    }

    @Test
    void an_engine_without_serializers_is_refused_rather_than_falling_back_to_xstream() {
        assertThatThrownBy(() -> MongoEventStorageEngine.builder().database(database)
                                                        .snapshotSerializer(EmbeddedMongo.jackson()).build())
                .isInstanceOf(AxonConfigurationException.class).hasMessageContaining("event Serializer");
        assertThatThrownBy(() -> MongoEventStorageEngine.builder().database(database)
                                                        .eventSerializer(EmbeddedMongo.jackson()).build())
                .isInstanceOf(AxonConfigurationException.class).hasMessageContaining("snapshot Serializer");
    }

    @Test
    void invalid_settings_are_refused_when_set() {
        MongoEventStorageEngine.Builder builder = MongoEventStorageEngine.builder();

        assertThatThrownBy(() -> builder.gapTimeout(Duration.ZERO)).isInstanceOf(AxonConfigurationException.class);
        assertThatThrownBy(() -> builder.gapTimeout(null)).isInstanceOf(AxonConfigurationException.class);
        assertThatThrownBy(() -> builder.batchSize(0)).isInstanceOf(AxonConfigurationException.class);
        assertThatThrownBy(() -> builder.clock(null)).isInstanceOf(AxonConfigurationException.class);
        assertThatThrownBy(() -> builder.database(null)).isInstanceOf(AxonConfigurationException.class);
    }

    @Test
    void building_twice_on_one_database_keeps_its_indexes_and_its_counter() {
        EmbeddedMongo.engine(database).build().appendEvents(LateCommitTest.event("A", 0));

        MongoEventStorageEngine again = EmbeddedMongo.engine(database).build();
        again.appendEvents(LateCommitTest.event("A", 1));

        assertThat(indexNames(CommitStore.COMMITS)).contains("_id_", "pos", "keys");
        assertThat(indexNames(CommitStore.SNAPSHOTS)).contains("_id_", "id_seq");
        assertThat(LateCommitTest.positions(LateCommitTest.tracked(again, null))).containsExactly(0L, 1L);
    }

    private List<String> indexNames(String collection) {
        return database.getCollection(collection).listIndexes().map(index -> index.getString("name"))
                       .into(new ArrayList<>());
    }
}
