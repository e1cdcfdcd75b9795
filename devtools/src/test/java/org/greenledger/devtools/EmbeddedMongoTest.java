package org.greenledger.devtools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoTest {

    @TempDir
    Path data;

    @Test
    void documents_are_there_after_a_clean_stop_and_start() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(data, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            client.getDatabase("greenledger").getCollection("things").insertOne(new Document("_id", "a"));
        }

        try (EmbeddedMongo mongo = EmbeddedMongo.start(data, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            assertThat(client.getDatabase("greenledger").getCollection("things").find().first())
                    .isEqualTo(new Document("_id", "a"));
            assertThat(mongo.file()).isEqualTo(data.resolve("mongo.mv.db").toAbsolutePath());
        }
    }

    @Test
    void a_second_store_on_the_same_folder_is_refused_with_the_reason() {
        try (EmbeddedMongo first = EmbeddedMongo.start(data, "127.0.0.1", 0)) {
            assertThatThrownBy(() -> EmbeddedMongo.start(data, "127.0.0.1", 0))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another process");
        }
    }

    @Test
    void a_busy_port_is_refused_with_the_reason() {
        Path otherData = data.resolve("other");
        try (EmbeddedMongo first = EmbeddedMongo.start(data, "127.0.0.1", 0)) {
            int port = first.address().getPort();

            assertThatThrownBy(() -> EmbeddedMongo.start(otherData, "127.0.0.1", port))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Cannot listen on 127.0.0.1:" + port);
        }
        try (EmbeddedMongo again = EmbeddedMongo.start(otherData, "127.0.0.1", 0)) {
            assertThat(again.address()).as("the refused start released the file").isNotNull();
        }
    }
}
