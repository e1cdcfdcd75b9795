package org.greenledger.eventstore;

import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * One in-memory mongo-java-server per backend for the whole test run; every test takes a database of its
 * own. The memory backend is what tests use; the H2 backend is what {@code ./greenledger up} runs on.
 */
final class EmbeddedMongo {

    private static MongoClient memory;
    private static MongoClient h2;

    private EmbeddedMongo() {
    }

    static synchronized MongoDatabase freshDatabase() {
        if (memory == null) {
            memory = start(new MongoServer(new MemoryBackend()));
        }
        return fresh(memory);
    }

    static synchronized MongoDatabase freshH2Database() {
        if (h2 == null) {
            h2 = start(new MongoServer(H2Backend.inMemory()));
        }
        return fresh(h2);
    }

    private static MongoClient start(MongoServer server) {
        var address = server.bind();
        MongoClient client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            client.close();
            server.shutdownNow();
        }));
        return client;
    }

    private static MongoDatabase fresh(MongoClient client) {
        return client.getDatabase("es_" + UUID.randomUUID().toString().replace("-", ""));
    }

    static Serializer jackson() {
        return JacksonSerializer.defaultSerializer();
    }

    static MongoEventStorageEngine.Builder engine(MongoDatabase database) {
        return MongoEventStorageEngine.builder()
                                      .database(database)
                                      .eventSerializer(jackson())
                                      .snapshotSerializer(jackson());
    }
}
