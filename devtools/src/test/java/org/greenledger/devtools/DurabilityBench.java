package org.greenledger.devtools;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.bson.Document;
import org.h2.mvstore.MVStore;

/**
 * What acknowledging only after commit and sync costs, against H2's default background writes.
 * A harness, not a test: run it by hand (command in docs/running.md) and read the table.
 * Arguments: [documents per run, default 2000] [folder for the files, default a temp folder].
 */
final class DurabilityBench {

    private static final String PAYLOAD = "x".repeat(350);

    private record Setting(String name, Function<Path, MongoBackend> backend) {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("logback.configurationFile", "org/greenledger/devtools/logback-devtools.xml");
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        Path folder = args.length > 1 ? Files.createDirectories(Path.of(args[1]))
                : Files.createTempDirectory("durability-bench");
        List<Setting> settings = List.of(
                new Setting("H2 default (background write ~1/s)", file -> new H2Backend(MVStore.open(file.toString()))),
                new Setting("commit before ack, no fsync", file -> {
                    MVStore store = MVStore.open(file.toString());
                    return new DurableH2Backend(store, store::commit);
                }),
                new Setting("commit + fsync before ack (devtools mongo)", file ->
                        new DurableH2Backend(MVStore.open(file.toString()))));

        System.out.printf(Locale.ROOT, "%d documents of ~%d bytes per run, files in %s%n%n", documents,
                PAYLOAD.length(), folder);
        System.out.printf(Locale.ROOT, "| setting | insertOne, 1 thread | disk writes per insertOne"
                + " | insertOne, 4 threads | insertMany(100), 1 thread | file per document, running | after a clean stop |%n");
        System.out.printf(Locale.ROOT, "|---|---|---|---|---|---|---|%n");
        for (Setting setting : settings) {
            Path file = folder.resolve(setting.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".mv.db");
            Files.deleteIfExists(file);
            MongoServer server = new MongoServer(setting.backend().apply(file));
            String uri = "mongodb://" + server.bind().getHostString() + ":" + server.getLocalAddress().getPort();
            long stored = documents / 4 + 3L * documents;
            String row;
            try (MongoClient client = MongoClients.create(uri)) {
                insertOneByOne(client.getDatabase("bench").getCollection("warm-up"), 0, documents / 4);
                long writtenBefore = bytesWrittenToDisk();
                double single = perSecond(documents,
                        () -> insertOneByOne(client.getDatabase("bench").getCollection("single"), 0, documents));
                double writtenPerDocument = (bytesWrittenToDisk() - writtenBefore) / 1024.0 / documents;
                double threaded = perSecond(documents,
                        () -> insertInThreads(client.getDatabase("bench").getCollection("threaded"), documents, 4));
                double batched = perSecond(documents,
                        () -> insertInBatches(client.getDatabase("bench").getCollection("batched"), documents, 100));
                row = String.format(Locale.ROOT, "| %s | %.0f docs/s | %.1f KB | %.0f docs/s | %.0f docs/s | %.1f KB",
                        setting.name(), single, writtenPerDocument, threaded, batched,
                        Files.size(file) / 1024.0 / stored);
            } finally {
                server.shutdown();
            }
            System.out.printf(Locale.ROOT, "%s | %.1f KB |%n", row, Files.size(file) / 1024.0 / stored);
        }
    }

    /** Bytes this process caused to be written to storage (Linux); -1 elsewhere. */
    private static long bytesWrittenToDisk() throws IOException {
        Path io = Path.of("/proc/self/io");
        if (!Files.isReadable(io)) {
            return -1;
        }
        return Files.readAllLines(io).stream()
                .filter(line -> line.startsWith("write_bytes:"))
                .mapToLong(line -> Long.parseLong(line.substring("write_bytes:".length()).strip()))
                .findFirst().orElse(-1);
    }

    private interface Run {
        void run() throws Exception;
    }

    private static double perSecond(int documents, Run run) throws Exception {
        long start = System.nanoTime();
        run.run();
        return documents / ((System.nanoTime() - start) / 1e9);
    }

    private static void insertOneByOne(MongoCollection<Document> collection, int from, int to) {
        for (int i = from; i < to; i++) {
            collection.insertOne(new Document("_id", i).append("payload", PAYLOAD));
        }
    }

    private static void insertInThreads(MongoCollection<Document> collection, int documents, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < documents; i = next.getAndIncrement()) {
                    collection.insertOne(new Document("_id", i).append("payload", PAYLOAD));
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
    }

    private static void insertInBatches(MongoCollection<Document> collection, int documents, int batch) {
        for (int from = 0; from < documents; from += batch) {
            List<Document> page = new ArrayList<>();
            for (int i = from; i < Math.min(documents, from + batch); i++) {
                page.add(new Document("_id", i).append("payload", PAYLOAD));
            }
            collection.insertMany(page);
        }
    }

    private DurabilityBench() {
    }
}
