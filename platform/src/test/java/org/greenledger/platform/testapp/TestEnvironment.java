package org.greenledger.platform.testapp;

import com.nimbusds.jose.jwk.RSAKey;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.greenledger.platform.security.DevSigningKey;

/**
 * One in-memory MongoDB-wire server and one data folder (with its dev signing key) for every
 * test in the JVM, so the Spring test context is built once and shared.
 */
public final class TestEnvironment {

    public static final Path DATA;
    public static final RSAKey SIGNING_KEY;
    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final String MONGO_URI;

    static {
        try {
            DATA = Files.createTempDirectory("greenledger-platform-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SIGNING_KEY = DevSigningKey.loadOrCreate(DATA.resolve("dev-signing-key.json"));
        InetSocketAddress address = MONGO.bind();
        MONGO_URI = "mongodb://" + address.getHostString() + ":" + address.getPort() + "/platformtest";
        Runtime.getRuntime().addShutdownHook(new Thread(MONGO::shutdownNow));
    }

    private TestEnvironment() {
    }

    public static String mongoUri() {
        return MONGO_URI;
    }

    /** A fresh server for a test that wants its own. */
    public static MongoServer newMongoServer() {
        return new MongoServer(new MemoryBackend());
    }
}
