package org.greenledger.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A read model's checksum depends on its documents, not on the order they were written in. */
class ReadModelChecksumsTest {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final InetSocketAddress address = server.bind();
    private final MongoClient client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void the_same_documents_written_in_another_order_give_the_same_checksum_and_one_changed_field_another() {
        MongoDatabase first = client.getDatabase("first");
        MongoDatabase second = client.getDatabase("second");
        ReadModelCollections model = new ReadModelCollections("consents", List.of("a", "b"), collections -> new Object());
        first.getCollection("a").insertMany(List.of(new Document("_id", "1").append("status", "LIVE"),
                new Document("_id", "2").append("status", "REVOKED")));
        first.getCollection("b").insertOne(new Document("_id", "x").append("position", 7L));
        second.getCollection("b").insertOne(new Document("_id", "x").append("position", 7L));
        second.getCollection("a").insertMany(List.of(new Document("_id", "2").append("status", "REVOKED"),
                new Document("_id", "1").append("status", "LIVE")));

        ReadModelChecksums.Checksum one = new ReadModelChecksums(new ReadModelGenerations(first), List.of(model)).all().get(0);
        ReadModelChecksums.Checksum other = new ReadModelChecksums(new ReadModelGenerations(second), List.of(model)).all().get(0);
        assertThat(one).isEqualTo(other);
        assertThat(one.documents()).isEqualTo(3);
        assertThat(one.sha256()).hasSize(64);

        second.getCollection("a").updateOne(new Document("_id", "1"), new Document("$set", new Document("status", "EXPIRED")));
        assertThat(new ReadModelChecksums(new ReadModelGenerations(second), List.of(model)).all().get(0).sha256()).isNotEqualTo(one.sha256());
    }
}
