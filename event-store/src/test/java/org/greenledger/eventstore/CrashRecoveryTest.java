package org.greenledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.greenledger.eventstore.LateCommitTest.identifiers;
import static org.greenledger.eventstore.LateCommitTest.positions;
import static org.greenledger.eventstore.LateCommitTest.tracked;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.wire.MongoExceptionHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The appending JVM dies by SIGKILL at random moments, ten times against the same store, each run
 * continuing the streams the last one left. The store lives in this JVM, so only the writer dies: what is
 * proved is that a writer's death mid-commit never leaves half a commit, never loses an acknowledged one,
 * and never leaves a hole that tracking readers cannot pass. (That acknowledged writes survive the death of
 * the store's own process is {@code AcknowledgedWritesSurviveKillTest} in devtools.)
 * <p>
 * The kill delays come from a seed printed at the start; {@code -Dcrash.seed=...} replays them.
 */
class CrashRecoveryTest {

    private static final int ROUNDS = 10;
    private static final int THREADS = 4;
    private static final int MIN_DELAY_MILLIS = 200;
    private static final int MAX_DELAY_MILLIS = 1500;
    private static final Duration GAP_TIMEOUT = Duration.ofSeconds(10);
    private static final String DATABASE = "crash";

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final InetSocketAddress address = bindToLoopback(server);
    private final MongoClient client = MongoClients.create("mongodb://" + hostPort());
    private final MongoDatabase database = client.getDatabase(DATABASE);
    private final MutableClock readerClock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final MongoEventStorageEngine reader =
            EmbeddedMongo.engine(database).clock(readerClock).gapTimeout(GAP_TIMEOUT).build();
    private final List<Appender> appenders = new ArrayList<>();
    /** The server logs every connection the kill resets, with a stack trace: expected here, and noise. */
    private final Logger connectionErrors = (Logger) LoggerFactory.getLogger(MongoExceptionHandler.class);
    private final Level connectionErrorLevel = connectionErrors.getLevel();

    @BeforeEach
    void quietResets() {
        connectionErrors.setLevel(Level.OFF);
    }

    @AfterEach
    void stop() throws InterruptedException {
        connectionErrors.setLevel(connectionErrorLevel);
        for (Appender appender : appenders) {
            appender.kill();
        }
        client.close();
        server.shutdownNow();
    }

    @Test
    void ten_kill_9s_of_the_appending_jvm_lose_no_acknowledged_commit_and_leave_none_partial() throws Exception {
        long seed = Long.getLong("crash.seed", System.nanoTime());
        System.out.println("CrashRecoveryTest seed " + seed + " (replay the kill delays with -Dcrash.seed=" + seed + ")");
        Random random = new Random(seed);
        Map<String, Ack> acknowledged = new HashMap<>();
        Projection projection = new Projection();

        Appender next = launch(1, seed);
        for (int round = 1; round <= ROUNDS; round++) {
            long delay = MIN_DELAY_MILLIS + random.nextInt(MAX_DELAY_MILLIS - MIN_DELAY_MILLIS + 1);
            Run run = next.runThenKill(round, Duration.ofMillis(delay));
            awaitQuietStore();
            if (round < ROUNDS) {
                // the next JVM starts up while this round is checked; it appends only when told to
                next = launch(round + 1, seed);
            }
            for (Ack ack : run.acks()) {
                assertThat(acknowledged.put(ack.tag(), ack)).as("commit %s acknowledged twice", ack.tag()).isNull();
            }
            Stored stored = Stored.read(database);

            assertThat(run.failures()).as("round %d: the appender failed on its own", round).isEmpty();
            assertThat(run.exitCode()).as("round %d: ended by SIGKILL", round).isEqualTo(137);
            assertThat(run.acks()).as("round %d: the kill came under load", round).isNotEmpty();
            stored.assertWhole(round);
            stored.assertStreamsGapless(round);
            stored.assertHolds(acknowledged.values(), round);
            stored.assertLastSequenceNumbers(reader, round);
            projection.catchUp(stored);
            projection.assertReceivedEachOnce(stored, round);
            assertTailReadDeliversEachOnceInOrder(stored, round);

            long abandonedByTheDead = tombstones() - stored.tombstones();
            System.out.printf("round %2d: first ack %4d ms after GO, killed %4d ms later; %4d commits acknowledged, "
                                      + "%2d positions left reserved but unwritten; store: %5d commits, %5d events, "
                                      + "%3d tombstones%n",
                              round, run.firstAckMillis(), delay, run.acks().size(), abandonedByTheDead,
                              stored.commits(), stored.eventCount(), stored.tombstones() + abandonedByTheDead);
        }
    }

    private Appender launch(int round, long seed) throws IOException {
        Appender appender = Appender.launch(round, seed + round, hostPort());
        appenders.add(appender);
        return appender;
    }

    /**
     * One appending JVM and what it printed.
     */
    private static final class Appender {

        private final Process process;
        private final Output output;

        private Appender(Process process) {
            this.process = process;
            this.output = new Output(process);
        }

        static Appender launch(int round, long seed, String hostPort) throws IOException {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            return new Appender(new ProcessBuilder(
                    java.toString(), "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), CrashingAppender.class.getName(),
                    hostPort, DATABASE, Integer.toString(round), Integer.toString(THREADS), Long.toString(seed))
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start());
        }

        /** Lets it append, waits for its first acknowledged commit, then {@code delay} more, and kills it. */
        Run runThenKill(int round, Duration delay) throws Exception {
            long started = System.nanoTime();
            process.getOutputStream().write((CrashingAppender.GO + "\n").getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
            if (!output.firstAck.await(30, TimeUnit.SECONDS)) {
                fail("Round %d: no acknowledged commit within 30 s; the appender printed:%n%s", round, output.other());
            }
            long firstAck = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            Thread.sleep(delay.toMillis());
            process.destroyForcibly();
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("the appender died").isTrue();
            output.reader.join(TimeUnit.SECONDS.toMillis(10));
            return new Run(output.acks(), output.failures(), process.exitValue(), firstAck);
        }

        void kill() throws InterruptedException {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * Every stored event exactly once, in position order, each at the position it is stored at.
     */
    private void assertTailReadDeliversEachOnceInOrder(Stored stored, int round) {
        List<TrackedEventMessage<?>> fromTail = tracked(reader, null);

        assertThat(identifiers(fromTail)).as("round %d: tail read", round)
                                         .doesNotHaveDuplicates()
                                         .containsExactlyInAnyOrderElementsOf(stored.positionByEvent.keySet());
        assertThat(positions(fromTail)).as("round %d: tail read in position order", round)
                                       .isSorted()
                                       .doesNotHaveDuplicates();
        for (TrackedEventMessage<?> event : fromTail) {
            assertThat(event.trackingToken().position()).hasValue(stored.positionByEvent.get(event.getIdentifier()));
        }
    }

    /**
     * A tracking processor that lives through all the crashes, continuing from its token as a projection
     * does. It stops at positions a killed writer had reserved but never filled, and passes them once the gap
     * timeout has passed (its clock is moved, not waited for) and it has tombstoned them.
     */
    private final class Projection {

        private final List<String> received = new ArrayList<>();
        private TrackingToken token;

        void catchUp(Stored stored) {
            for (int attempt = 0; received.size() < stored.eventCount() && attempt < 100; attempt++) {
                List<TrackedEventMessage<?>> batch = tracked(reader, token);
                if (batch.isEmpty()) {
                    // stopped at a position the killed writer reserved: let the gap timeout pass
                    readerClock.advance(GAP_TIMEOUT.plusSeconds(1));
                    continue;
                }
                received.addAll(identifiers(batch));
                token = batch.get(batch.size() - 1).trackingToken();
            }
        }

        void assertReceivedEachOnce(Stored stored, int round) {
            assertThat(received).as("round %d: the living projection", round)
                                .doesNotHaveDuplicates()
                                .containsExactlyInAnyOrderElementsOf(stored.positionByEvent.keySet());
        }
    }

    private record Ack(String tag, String aggregateId, long firstSeq, long lastSeq, long lastPosition) {

        static Ack parse(String line) {
            String[] parts = line.split(" ");
            return new Ack(parts[1], parts[2], Long.parseLong(parts[3]), Long.parseLong(parts[4]),
                           Long.parseLong(parts[5]));
        }
    }

    private record Run(List<Ack> acks, List<String> failures, int exitCode, long firstAckMillis) {
    }

    /**
     * The appender's standard output, read to its end: after the kill, the lines already in the pipe.
     */
    private static final class Output {

        final CountDownLatch firstAck = new CountDownLatch(1);
        final Thread reader;
        private final List<Ack> acks = Collections.synchronizedList(new ArrayList<>());
        private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
        private final List<String> other = Collections.synchronizedList(new ArrayList<>());

        Output(Process process) {
            reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        if (line.startsWith(CrashingAppender.ACK + " ")) {
                            acks.add(Ack.parse(line));
                            firstAck.countDown();
                        } else if (line.startsWith(CrashingAppender.FAILED + " ")) {
                            failures.add(line);
                        } else {
                            other.add(line);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, "appender-output");
            reader.start();
        }

        List<Ack> acks() {
            return List.copyOf(acks);
        }

        List<String> failures() {
            return List.copyOf(failures);
        }

        String other() {
            return String.join("\n", other);
        }
    }

    /**
     * The {@code commits} collection as stored, read directly, not through the engine.
     */
    private static final class Stored {

        private final List<Document> documents;
        private final long nextPosition;
        final Map<String, Long> positionByEvent = new HashMap<>();
        private final Map<String, Document> commitByTag = new HashMap<>();
        private final Map<String, List<Long>> seqsByAggregate = new TreeMap<>();
        private final List<String> duplicateTags = new ArrayList<>();
        private int tombstones;

        private Stored(List<Document> documents, long nextPosition) {
            this.documents = documents;
            this.nextPosition = nextPosition;
            for (Document commit : documents) {
                if (Commits.isTombstone(commit)) {
                    tombstones++;
                    continue;
                }
                List<Document> events = Commits.events(commit);
                for (int i = 0; i < events.size(); i++) {
                    Document event = events.get(i);
                    positionByEvent.put(event.getString(Commits.EVENT_ID), Commits.first(commit) + i);
                    seqsByAggregate.computeIfAbsent(event.getString(Commits.AGGREGATE_ID), a -> new ArrayList<>())
                                   .add(Commits.seq(event));
                }
                if (!events.isEmpty() && commitByTag.put(tagOf(events.get(0)), commit) != null) {
                    duplicateTags.add(tagOf(events.get(0)));
                }
            }
        }

        static Stored read(MongoDatabase database) {
            List<Document> documents = database.getCollection(CommitStore.COMMITS).find().batchSize(1000)
                                               .into(new ArrayList<>());
            Document counter = database.getCollection(CommitStore.COUNTERS).find(new Document(Commits.ID, "commits"))
                                       .first();
            return new Stored(documents, counter.get("next", Number.class).longValue());
        }

        /**
         * Each document holds all it claims: {@code n} events (none for a tombstone), exactly the
         * positions {@code [_id, _id+n)}, a key per event, the events of one commit (one tag, numbered from
         * 0); no position is covered twice or lies beyond the counter, no event is stored twice.
         */
        void assertWhole(int round) {
            Set<Long> covered = new HashSet<>();
            int events = 0;
            for (Document commit : documents) {
                long first = Commits.first(commit);
                int n = Commits.count(commit);
                String what = "round " + round + ": document " + commit.toJson();
                assertThat(commit.getList(Commits.POSITIONS, Long.class)).as(what)
                                                                       .containsExactlyElementsOf(range(first, n));
                for (long position : range(first, n)) {
                    assertThat(covered.add(position)).as("%s: position %d covered twice", what, position).isTrue();
                    assertThat(position).as(what).isLessThan(nextPosition);
                }
                if (Commits.isTombstone(commit)) {
                    assertThat(commit.containsKey(Commits.EVENTS) || commit.containsKey(Commits.KEYS)).as(what).isFalse();
                    continue;
                }
                List<Document> stored = Commits.events(commit);
                assertThat(stored).as(what).hasSize(n);
                String tag = tagOf(stored.get(0));
                String aggregate = stored.get(0).getString(Commits.AGGREGATE_ID);
                long firstSeq = Commits.seq(stored.get(0));
                List<String> keys = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    Document event = stored.get(i);
                    assertThat(event.getString(Commits.PAYLOAD)).as(what).isEqualTo("\"" + tag + " e" + i + "\"");
                    assertThat(event.getString(Commits.AGGREGATE_ID)).as(what).isEqualTo(aggregate);
                    assertThat(Commits.seq(event)).as(what).isEqualTo(firstSeq + i);
                    assertThat(event.getString(Commits.EVENT_ID)).as(what).isNotBlank();
                    assertThat(event.getString(Commits.META)).as(what).isNotNull();
                    keys.add(Commits.key(aggregate, firstSeq + i));
                }
                assertThat(commit.getList(Commits.KEYS, String.class)).as(what).containsExactlyElementsOf(keys);
                events += n;
            }
            assertThat(positionByEvent).as("round %d: event identifiers unique", round).hasSize(events);
            assertThat(duplicateTags).as("round %d: commits stored twice", round).isEmpty();
        }

        /** Every stream is 0..N: no hole, no sequence number twice. */
        void assertStreamsGapless(int round) {
            assertThat(seqsByAggregate).as("round %d: streams", round).isNotEmpty();
            seqsByAggregate.forEach((aggregate, seqs) -> {
                List<Long> sorted = seqs.stream().sorted().toList();
                assertThat(sorted).as("round %d: stream %s", round, aggregate)
                                  .containsExactlyElementsOf(range(0, sorted.size()));
            });
        }

        /** Each acknowledged commit is stored whole, at the aggregate's sequence numbers and the positions it was told. */
        void assertHolds(Iterable<Ack> acknowledged, int round) {
            for (Ack ack : acknowledged) {
                Document commit = commitByTag.get(ack.tag());
                assertThat(commit).as("round %d: acknowledged commit %s is stored", round, ack).isNotNull();
                List<Document> events = Commits.events(commit);
                assertThat(events).as("round %d: %s", round, ack).hasSize((int) (ack.lastSeq() - ack.firstSeq() + 1));
                assertThat(events.get(0).getString(Commits.AGGREGATE_ID)).isEqualTo(ack.aggregateId());
                assertThat(Commits.seq(events.get(0))).isEqualTo(ack.firstSeq());
                assertThat(Commits.first(commit) + events.size() - 1).isEqualTo(ack.lastPosition());
            }
        }

        /** What a restarted writer continues from, as the engine finds it, is each stream's last event. */
        void assertLastSequenceNumbers(MongoEventStorageEngine engine, int round) {
            seqsByAggregate.forEach((aggregate, seqs) -> assertThat(engine.lastSequenceNumberFor(aggregate))
                    .as("round %d: last of %s", round, aggregate).hasValue(seqs.size() - 1L));
        }

        int commits() {
            return documents.size() - tombstones;
        }

        int tombstones() {
            return tombstones;
        }

        int eventCount() {
            return positionByEvent.size();
        }

        private static String tagOf(Document event) {
            String payload = event.getString(Commits.PAYLOAD);
            return payload.substring(1, payload.lastIndexOf(' '));
        }

        private static List<Long> range(long first, long count) {
            return LongStream.range(first, first + count).boxed().toList();
        }
    }

    /**
     * The server may still be serving requests the killed process had sent just before it died; the checks
     * need the store as the dead writer finally left it.
     */
    private void awaitQuietStore() throws InterruptedException {
        Document before = null;
        for (int look = 0; look < 50; look++) {
            Document now = new Document("documents", database.getCollection(CommitStore.COMMITS).countDocuments())
                    .append("counter", database.getCollection(CommitStore.COUNTERS).find().first());
            if (now.equals(before)) {
                return;
            }
            before = now;
            Thread.sleep(100);
        }
        fail("The store kept changing for 5 s after the appender died");
    }

    private long tombstones() {
        return database.getCollection(CommitStore.COMMITS).countDocuments(new Document(Commits.TOMBSTONE, true));
    }

    private String hostPort() {
        return address.getHostString() + ":" + address.getPort();
    }

    private static InetSocketAddress bindToLoopback(MongoServer server) {
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        return server.getLocalAddress();
    }
}
