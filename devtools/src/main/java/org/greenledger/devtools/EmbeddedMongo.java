package org.greenledger.devtools;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * The embedded default store: a MongoDB wire-protocol server on one H2 file in the data folder.
 * A write is committed and synced to the file before the server acknowledges it, so an
 * acknowledged write survives a crash of this process or of the machine.
 */
public final class EmbeddedMongo implements AutoCloseable {

    /** The store's file inside the data folder. */
    public static final String FILE_NAME = "mongo.mv.db";

    private final MongoServer server;
    private final Path file;

    private EmbeddedMongo(MongoServer server, Path file) {
        this.server = server;
        this.file = file;
    }

    /**
     * Opens (or creates) {@code dataFolder/mongo.mv.db} and listens on {@code host:port}; port 0
     * picks a free one.
     *
     * @throws IllegalStateException when the file is in use by another process or the address
     *                               cannot be bound, with a message saying which
     */
    public static EmbeddedMongo start(Path dataFolder, String host, int port) {
        Path file = dataFolder.resolve(FILE_NAME).toAbsolutePath();
        MVStore store = open(file);
        MongoServer server = new MongoServer(new DurableH2Backend(store));
        try {
            server.bind(host, port);
        } catch (Exception e) {
            // bind closes the backend only for unchecked failures; netty throws BindException undeclared
            if (e instanceof BindException) {
                server.shutdownNow();
                throw new IllegalStateException("Cannot listen on " + host + ":" + port + " (" + e.getMessage()
                        + "): is another greenledger or MongoDB using that port?", e);
            }
            throw e;
        }
        return new EmbeddedMongo(server, file);
    }

    private static MVStore open(Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + file.getParent(), e);
        }
        MVStore store;
        try {
            store = MVStore.open(file.toString());
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                throw new IllegalStateException(file + " is in use by another process: is another"
                        + " `./greenledger up` or `devtools mongo` running on this data folder?", e);
            }
            throw e;
        }
        syncFolder(file.getParent());
        return store;
    }

    /** A new file's name is an entry of its folder, and survives a power cut only once the folder is synced. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notSupportedHere) {
            // some systems cannot open a folder as a channel; the file's own syncs still hold
        }
    }

    public InetSocketAddress address() {
        return server.getLocalAddress();
    }

    /** For example {@code mongodb://127.0.0.1:27017}. */
    public String connectionString() {
        InetSocketAddress address = address();
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    public Path file() {
        return file;
    }

    /** Stops accepting connections, lets running commands finish (up to 5 s), compacts (up to 2 s) and closes the file. */
    @Override
    public void close() {
        server.shutdown();
    }
}
