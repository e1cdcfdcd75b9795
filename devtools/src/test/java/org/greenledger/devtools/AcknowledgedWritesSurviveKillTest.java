package org.greenledger.devtools;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store runs in its own JVM, as under {@code ./greenledger up}; the test is the
 * client. With H2's default background writes about half of such a run was lost.
 */
class AcknowledgedWritesSurviveKillTest {

    private static final Pattern LISTENING = Pattern.compile("listening on mongodb://[^:]+:(\\d+)");
    private static final int INSERTS = 400;
    private static final int THREADS = 4;

    @TempDir
    Path data;

    private final List<Process> servers = new ArrayList<>();

    @AfterEach
    void stopServers() throws InterruptedException {
        for (Process server : servers) {
            server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void every_acknowledged_insert_is_in_the_file_after_a_kill_9() throws Exception {
        Process server = startServer("first.log");
        Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + awaitPort(server, "first.log"))) {
            MongoCollection<Document> events = client.getDatabase("greenledger").getCollection("events");
            insert(events, 0, INSERTS / 2, acknowledged);
            // several connections at once, so that one flush covers several writes
            ExecutorService connections = Executors.newFixedThreadPool(THREADS);
            int perThread = INSERTS / 2 / THREADS;
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int from = INSERTS / 2 + t * perThread;
                running.add(connections.submit(() -> insert(events, from, from + perThread, acknowledged)));
            }
            for (Future<?> connection : running) {
                connection.get();
            }
            connections.shutdown();

            server.destroyForcibly();
            assertThat(server.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(server.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        Process restarted = startServer("second.log");
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + awaitPort(restarted, "second.log"))) {
            Set<Integer> stored = new HashSet<>();
            client.getDatabase("greenledger").getCollection("events").find()
                    .forEach(document -> stored.add(document.getInteger("_id")));

            assertThat(stored).as("%d acknowledged, %d in the file", acknowledged.size(), stored.size())
                    .containsExactlyInAnyOrderElementsOf(acknowledged);
        }
    }

    private static void insert(MongoCollection<Document> events, int from, int to, Set<Integer> acknowledged) {
        for (int i = from; i < to; i++) {
            events.insertOne(new Document("_id", i).append("payload", "x".repeat(350)));
            acknowledged.add(i);
        }
    }

    private Process startServer(String logName) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                Devtools.class.getName(), "mongo", "--data", data.toString(), "--port", "0")
                .redirectErrorStream(true)
                .redirectOutput(data.resolve(logName).toFile())
                .start();
        servers.add(process);
        return process;
    }

    private int awaitPort(Process server, String logName) throws IOException, InterruptedException {
        Path log = data.resolve(logName);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Matcher listening = LISTENING.matcher(output);
            if (listening.find()) {
                return Integer.parseInt(listening.group(1));
            }
            if (!server.isAlive()) {
                throw new AssertionError("The server exited with " + server.exitValue() + ":\n" + output);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The server did not listen within 30 s:\n" + Files.readString(log));
    }
}
