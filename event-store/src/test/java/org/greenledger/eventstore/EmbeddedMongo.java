package org.greenledger.eventstore;

import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * One in-memory mongo-java-server for the whole test run; every test takes a database of its own.
 */
final class EmbeddedMongo {

    private static MongoClient client;

    private EmbeddedMongo() {
    }

    static synchronized MongoDatabase freshDatabase() {
        if (client == null) {
            MongoServer server = new MongoServer(new MemoryBackend());
            var address = server.bind();
            client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                client.close();
                server.shutdownNow();
            }));
        }
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
