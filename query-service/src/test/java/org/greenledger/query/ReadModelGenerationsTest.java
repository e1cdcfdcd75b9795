package org.greenledger.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A read model's collections follow the generation in use, and one switch re-points every holder of them. */
class ReadModelGenerationsTest {

    private static final Instant AT = Instant.parse("2026-12-03T02:00:00Z");

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final InetSocketAddress address = server.bind();
    private final MongoClient client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    private final MongoDatabase database = client.getDatabase("generations");

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void generation_0_keeps_the_logical_names_and_later_ones_add_their_number() {
        assertThat(ReadModelGenerations.physical("greenfinance_consents", 0)).isEqualTo("greenfinance_consents");
        assertThat(ReadModelGenerations.physical("greenfinance_consents", 3)).isEqualTo("greenfinance_consents__g3");
    }

    @Test
    void a_collection_held_before_the_switch_reads_and_writes_the_new_generation_after_it() {
        ReadModelGenerations generations = new ReadModelGenerations(database);
        MongoCollection<Document> held = generations.live("consents").get("consents");
        held.insertOne(new Document("_id", "old"));
        generations.of(1).get("consents").insertOne(new Document("_id", "rebuilt"));

        generations.switchTo("consents", 1, AT);

        assertThat(generations.current("consents")).isEqualTo(1);
        assertThat(held.find().map(d -> d.getString("_id")).into(new ArrayList<>())).containsExactly("rebuilt");
        held.insertOne(new Document("_id", "after"));
        assertThat(database.getCollection("consents__g1").countDocuments()).isEqualTo(2);
        assertThat(database.getCollection("consents").countDocuments()).isEqualTo(1);
        assertThat(generations.current("subsidy")).as("another read model is not switched").isZero();
    }

    @Test
    void the_generation_in_use_survives_a_restart() {
        new ReadModelGenerations(database).switchTo("consents", 2, AT);

        ReadModelGenerations restarted = new ReadModelGenerations(database);

        assertThat(restarted.current("consents")).isEqualTo(2);
        assertThat(database.getCollection(ReadModelGenerations.COLLECTION).find().into(new ArrayList<>()))
                .extracting(d -> d.getString("_id"), d -> d.getLong("generation"))
                .containsExactly(Tuple.tuple("consents", 2L));
    }

    @Test
    void checksums_name_the_logical_collections_so_two_generations_with_the_same_documents_agree() {
        ReadModelGenerations generations = new ReadModelGenerations(database);
        ReadModelCollections model = new ReadModelCollections("consents", List.of("consents"), collections -> new Object());
        generations.of(0).get("consents").insertOne(new Document("_id", "1").append("status", "LIVE"));
        generations.of(1).get("consents").insertOne(new Document("_id", "1").append("status", "LIVE"));

        ReadModelChecksums.Checksum before = new ReadModelChecksums(generations, List.of(model)).all().get(0);
        generations.switchTo("consents", 1, AT);
        ReadModelChecksums.Checksum after = new ReadModelChecksums(generations, List.of(model)).all().get(0);

        assertThat(after).isEqualTo(before);
        assertThat(after.collections()).containsExactly("consents");
        assertThat(ReadModelChecksums.of(model, generations.of(0)).sha256()).isEqualTo(after.sha256());
    }
}
