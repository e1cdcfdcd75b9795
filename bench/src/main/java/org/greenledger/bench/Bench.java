package org.greenledger.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.greenledger.bench.Report.Result;

/**
 * The event-store benchmark of issue 3: our {@code MongoEventStorageEngine} against axon-mongo's and against
 * the raw driver, on the embedded server, at growing store sizes, in one run. See docs/benchmarks.md for
 * what each figure means and the command that reproduces them.
 */
public final class Bench {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration REPEAT_WITHIN = Duration.ofSeconds(10);

    private final Options options;
    private final PrintStream out;
    private final PrintStream progress;
    private final long started = System.nanoTime();
    private final Serializer serializer = JacksonSerializer.defaultSerializer();
    private final ObjectMapper mapper = new ObjectMapper();
    private final Breakdown breakdown = new Breakdown();
    private final Map<Figure, List<String>> explanations = new EnumMap<>(Figure.class);
    private long rawInserted;

    Bench(Options options, PrintStream out, PrintStream progress) {
        this.options = options;
        this.out = out;
        this.progress = progress;
    }

    /**
     * Runs the benchmark; see {@link Options#USAGE} for the arguments. Prints the report on standard output
     * and progress on standard error.
     */
    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        new Bench(options, System.out, System.err).run();
        // Axon's and the driver's threads are not all daemons.
        System.exit(0);
    }

    Report run() {
        Path folder = Backend.scratchFolder();
        MongoServer server = new MongoServer(options.backend().open(folder));
        try {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            InetSocketAddress address = server.getLocalAddress();
            MongoClientSettings settings = MongoClientSettings.builder()
                    .applyConnectionString(new ConnectionString(
                            "mongodb://" + address.getHostString() + ":" + address.getPort()))
                    .addCommandListener(breakdown)
                    .build();
            try (MongoClient client = MongoClients.create(settings)) {
                Report report = measure(client);
                print(report);
                return report;
            }
        } finally {
            server.shutdownNow();
            deleteRecursively(folder);
        }
    }

    private Report measure(MongoClient client) {
        warmUp(client);
        List<Long> sizes = options.sizes();
        Report report = new Report(sizes);
        Workload workload = new Workload(sizes.get(sizes.size() - 1), Instant.now());
        Ours ours = new Ours(client.getDatabase("bench_ours"), serializer);
        AxonMongo axonMongo = new AxonMongo(client.getDatabase("bench_axon_mongo"), serializer);
        for (long size : sizes) {
            boolean withAxonMongo = size <= options.axonMongoUpTo();
            grow(ours, size, workload);
            if (withAxonMongo) {
                grow(axonMongo, size, workload);
            }
            boolean explained = size == sizes.get(0) || size == sizes.get(sizes.size() - 1);
            Column column = new Column(Report.label(size), report, size, explained, options.runsAt(size),
                                       options.replayCap(), options.axonMongoReplayCap(), withAxonMongo);
            measureColumn(column, ours, axonMongo);
            report.storedAtEnd(size, String.format(Locale.ROOT, "%,d / %s", ours.stored(),
                                                   withAxonMongo ? String.format(Locale.ROOT, "%,d", axonMongo.stored())
                                                                 : "–"));
        }
        explanations.values().forEach(texts -> texts.forEach(report::breakdown));
        return report;
    }

    /**
     * The same measurements, short, on small stores of their own, thrown away: the first column would
     * otherwise measure the JIT compiler (a cold run is 3 to 10 times slower on every figure).
     */
    private void warmUp(MongoClient client) {
        long size = options.warmUpSize();
        if (size == 0) {
            return;
        }
        long start = System.nanoTime();
        Ours ours = new Ours(client.getDatabase("warmup_ours"), serializer);
        AxonMongo axonMongo = new AxonMongo(client.getDatabase("warmup_axon_mongo"), serializer);
        Workload workload = new Workload(size, Instant.now());
        ours.growTo(size, workload);
        axonMongo.growTo(size, workload);
        Runs runs = new Runs(1, 3_000, Duration.ofSeconds(3), 500);
        measureColumn(new Column("warm-up " + Report.label(size), new Report(List.of(size)), size, false, runs,
                                 Duration.ofSeconds(5), Duration.ofSeconds(3), true), ours, axonMongo);
        ours.database.drop();
        axonMongo.database.drop();
        log("warmed up in %.1f s", (System.nanoTime() - start) / 1e9);
    }

    /** One size's measurements, and where they go. */
    private record Column(String name, Report report, long size, boolean explained, Runs runs, Duration replayCap,
                          Duration axonMongoReplayCap, boolean withAxonMongo) {
    }

    private void measureColumn(Column column, Ours ours, AxonMongo axonMongo) {
        Runs runs = column.runs();
        put(column, Figure.RAW_INSERT, true, () -> rawInsert(ours, runs));
        put(column, Figure.APPEND_OURS, true, () -> append(ours, runs));
        put(column, Figure.APPEND_AXON_MONGO, column.withAxonMongo(), () -> append(axonMongo, runs));
        put(column, Figure.COMMANDS_OURS, true, () -> commands(ours, runs));
        put(column, Figure.COMMANDS_AXON_MONGO, column.withAxonMongo(), () -> commands(axonMongo, runs));
        put(column, Figure.SCAN_RAW, true, () -> scan(ours, runs.runs(), column.replayCap()));
        put(column, Figure.STREAM_OURS, true, () -> stream(ours, runs.runs(), column.replayCap()));
        put(column, Figure.REPLAY_OURS, true, () -> replay(ours, runs.runs(), column.replayCap()));
        put(column, Figure.REPLAY_AXON_MONGO, column.withAxonMongo(),
            () -> replay(axonMongo, runs.runs(), column.axonMongoReplayCap()));
    }

    private interface Measurement {

        Measured measure();
    }

    /**
     * A figure and how many operations (commands, events) it took, for the per-operation breakdown; the
     * round trips, when the measurement had to take them before cleaning up.
     */
    private record Measured(Result result, long operations, String per, List<Breakdown.Calls> calls) {

        Measured(Result result, long operations, String per) {
            this(result, operations, per, null);
        }
    }

    private void put(Column column, Figure figure, boolean enabled, Measurement measurement) {
        if (!enabled) {
            column.report().put(figure, column.size(), Result.skipped("axon-mongo not measured above "
                    + Report.label(options.axonMongoUpTo()) + " (--axon-mongo-up-to)"));
            return;
        }
        long start = System.nanoTime();
        long gcBefore = gcPauseMillis();
        breakdown.drain();
        Measured measured = measurement.measure();
        List<Breakdown.Calls> calls = measured.calls() != null ? measured.calls() : breakdown.drain();
        double seconds = (System.nanoTime() - start) / 1e9;
        long gc = gcPauseMillis() - gcBefore;
        column.report().put(figure, column.size(), measured.result());
        log("%s, %s: %s %s (%.1f s, GC pauses %,d ms)", column.name(), figure.name(),
            Report.number(measured.result().rate()), figure.unit, seconds, gc);
        if (column.explained()) {
            explanations.computeIfAbsent(figure, f -> new ArrayList<>()).add(String.format(
                    Locale.ROOT, "**%s** at %s: server round trips per %s, time from request to reply; GC pauses "
                            + "%,d ms of %.1f s\n```\n%s```\n", figure.label.replace("**", ""), column.name(),
                    measured.per(), gc, seconds, Breakdown.describe(calls, measured.operations(), measured.per())));
        }
    }

    private static long gcPauseMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                                .filter(millis -> millis > 0)
                                .sum();
    }

    /**
     * Prefilling leaves gigabytes of garbage; collecting it now keeps it out of the next figure.
     */
    private static void settle() {
        System.gc();
        AxonApp.sleep(500);
    }

    private void grow(Contender contender, long size, Workload workload) {
        long start = System.nanoTime();
        long before = contender.stored();
        contender.growTo(size, workload);
        settle();
        log("prefilled %s from %,d to %,d events in %.1f s", contender.name, before, contender.stored(),
            (System.nanoTime() - start) / 1e9);
    }

    /**
     * The baseline: {@code insertOne} of documents shaped like one commit (same indexes, same collection, same
     * size, the same durable write concern) with the payload serialized once, outside the timing. They get
     * negative {@code _id}s, which no reader asks for, and are deleted afterwards.
     */
    private Measured rawInsert(Ours ours, Runs runs) {
        MongoCollection<Document> commits = ours.commits().withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
        Document event = ours.commit(0, Workload.opening("raw", 0), Instant.now())
                             .getList("events", Document.class).get(0);
        List<Long> inserted = new ArrayList<>();
        Runs.Measured measured = runs.measure(n -> {
            long id = -(++rawInserted);
            String account = "raw" + id;
            Document copy = new Document(event).append("eventId", UUID.randomUUID().toString())
                                               .append("aggregateId", account);
            commits.insertOne(new Document("_id", id).append("n", 1).append("pos", List.of(id))
                                                     .append("ts", new Date())
                                                     .append("keys", List.of(account + "#0"))
                                                     .append("events", List.of(copy)));
            inserted.add(id);
        });
        List<Breakdown.Calls> calls = breakdown.drain();
        for (int from = 0; from < inserted.size(); from += 1_000) {
            List<Long> chunk = inserted.subList(from, Math.min(inserted.size(), from + 1_000));
            commits.deleteMany(new Document("_id", new Document("$in", chunk)));
        }
        return new Measured(result(measured, "inserts"), measured.operations(), "insert", calls);
    }

    /**
     * {@code appendEvents} of one event of a new account per call, as a command that opens an account
     * appends it, outside any unit of work.
     */
    private Measured append(Contender contender, Runs runs) {
        Runs.Measured measured = runs.measure(
                n -> contender.engine.appendEvents(List.of(Workload.opening(contender.newAccount(), n))));
        contender.appended(measured.operations());
        return new Measured(result(measured, "appends"), measured.operations(), "append");
    }

    /**
     * {@code sendAndWait} of deposits to random prefilled accounts (ten events each, or more once commanded),
     * from one thread, while the {@link Balances} projection tracks the store from its head.
     */
    private Measured commands(Contender contender, Runs runs) {
        MongoCollection<Document> collection = contender.database.getCollection(Balances.COLLECTION);
        collection.deleteMany(new Document());
        Balances balances = new Balances(collection);
        Configuration configuration = AxonApp.commandSide(contender, serializer, balances);
        configuration.start();
        try {
            AxonApp.awaitCaughtUp(AxonApp.processor(configuration, Balances.PROCESSOR), START_TIMEOUT);
            breakdown.drain();
            CommandGateway gateway = configuration.commandGateway();
            SplittableRandom random = new SplittableRandom(42);
            long accounts = contender.completeAccounts();
            Runs.Measured measured = runs.measure(
                    n -> gateway.sendAndWait(Workload.deposit(random.nextLong(accounts), n)));
            contender.appended(measured.operations());
            Result result = result(measured, "commands");
            long behind = measured.operations() - balances.handled();
            if (behind > AxonApp.PROCESSOR_BATCH) {
                result = new Result(result.rate(), (result.note() == null ? "" : result.note() + "; ")
                        + String.format(Locale.ROOT, "the projection was %,d events behind when the last "
                                + "command returned", behind));
            }
            return new Measured(result, measured.operations(), "command");
        } finally {
            AxonApp.shutDown(configuration);
        }
    }

    /**
     * The baseline for replays: every commit of our store in position order, with a batch size, and Jackson's
     * {@code readTree} of each event's payload.
     */
    private Measured scan(Ours ours, int runs, Duration cap) {
        List<Double> rates = new ArrayList<>();
        long total = 0;
        String note = null;
        long first = System.nanoTime();
        for (int run = 0; run < runs && note == null && !repeatTimeUsed(first); run++) {
            long start = System.nanoTime();
            long deadline = start + cap.toNanos();
            long events = 0;
            for (Document commit : ours.commits().find().sort(Sorts.ascending("_id")).batchSize(1_000)) {
                for (Document event : commit.getList("events", Document.class, List.of())) {
                    readTree(event.getString("payload"));
                    events++;
                }
                if (System.nanoTime() > deadline) {
                    note = String.format(Locale.ROOT, "scan stopped after %d s: %,d of %,d events",
                                         cap.toSeconds(), events, ours.stored());
                    break;
                }
            }
            rates.add(events * 1e9 / (System.nanoTime() - start));
            total += events;
        }
        return new Measured(new Result(Runs.median(rates), note), total, "event");
    }

    /**
     * The engine's part of a replay: its tracking stream from the tail, each payload deserialized, without a
     * processor (no unit of work, no token store, no handler).
     */
    private Measured stream(Ours ours, int runs, Duration cap) {
        List<Double> rates = new ArrayList<>();
        long total = 0;
        String note = null;
        long first = System.nanoTime();
        for (int run = 0; run < runs && note == null && !repeatTimeUsed(first); run++) {
            long start = System.nanoTime();
            long deadline = start + cap.toNanos();
            long events = 0;
            try (Stream<? extends TrackedEventMessage<?>> stream =
                         ours.engine.readEvents(ours.engine.createTailToken(), false)) {
                Iterator<? extends TrackedEventMessage<?>> iterator = stream.iterator();
                while (iterator.hasNext()) {
                    if (!(iterator.next().getPayload() instanceof Deposited)) {
                        throw new IllegalStateException("The store holds an event that is not a deposit");
                    }
                    events++;
                    if (System.nanoTime() > deadline) {
                        note = String.format(Locale.ROOT, "stream read stopped after %d s: %,d of %,d events",
                                             cap.toSeconds(), events, ours.stored());
                        break;
                    }
                }
            }
            rates.add(events * 1e9 / (System.nanoTime() - start));
            total += events;
            if (note == null && events != ours.stored()) {
                note = String.format(Locale.ROOT, "the stream ended after %,d of %,d events", events, ours.stored());
            }
        }
        return new Measured(new Result(Runs.median(rates), note), total, "event");
    }

    /**
     * Resets the {@link ReplayCount} processor to the tail and times it until it has handled every stored
     * event (or the replay cap has passed): the time a processor reset takes, startup included.
     */
    private Measured replay(Contender contender, int runs, Duration cap) {
        ReplayCount counter = new ReplayCount();
        Configuration configuration = AxonApp.replaySide(contender, serializer, counter);
        configuration.start();
        try {
            TrackingEventProcessor processor = AxonApp.processor(configuration, ReplayCount.PROCESSOR);
            AxonApp.awaitCaughtUp(processor, START_TIMEOUT);
            breakdown.drain();
            long expected = contender.stored();
            List<Double> rates = new ArrayList<>();
            long total = 0;
            String note = null;
            long first = System.nanoTime();
            for (int run = 0; run < runs && note == null && !repeatTimeUsed(first); run++) {
                processor.shutDown();
                processor.resetTokens(StreamableMessageSource::createTailToken);
                long start = System.nanoTime();
                long deadline = start + cap.toNanos();
                processor.start();
                while (counter.events() < expected && System.nanoTime() < deadline) {
                    AxonApp.sleep(2);
                }
                long events = counter.events();
                rates.add(events * 1e9 / (System.nanoTime() - start));
                total += events;
                if (events < expected) {
                    note = String.format(Locale.ROOT, "%s replay stopped after %d s: %,d of %,d events",
                                         contender.name, cap.toSeconds(), events, expected);
                }
            }
            return new Measured(new Result(Runs.median(rates), note), total, "event");
        } finally {
            AxonApp.shutDown(configuration);
        }
    }

    /**
     * Replays and scans are repeated for a median only while they are short: one of a million events takes
     * long enough to be steady, and the time budget is better spent elsewhere.
     */
    private static boolean repeatTimeUsed(long first) {
        return System.nanoTime() - first > REPEAT_WITHIN.toNanos();
    }

    private static Result result(Runs.Measured measured, String what) {
        if (!measured.timeCapped()) {
            return Result.of(measured.median());
        }
        return new Result(measured.median(), String.format(
                Locale.ROOT, "runs ended by the time limit: %,d %s in all, rates %s", measured.operations(), what,
                measured.rates().stream().map(Report::number).toList()));
    }

    private void readTree(String json) {
        try {
            mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void print(Report report) {
        Runtime runtime = Runtime.getRuntime();
        String payload = serializer.serialize(new Workload(1, Instant.now()).prefilled(0).getPayload(), String.class)
                                   .getData();
        String backend = options.backend().name().toLowerCase(Locale.ROOT);
        out.printf(Locale.ROOT, "## Event store benchmark, %s backend%n%n", backend);
        out.printf(Locale.ROOT, "- machine: %d cores, max heap %.1f GB, java %s (%s)%n", runtime.availableProcessors(),
                   runtime.maxMemory() / 1e9, System.getProperty("java.version"), System.getProperty("java.vm.name"));
        out.printf(Locale.ROOT, "- server: mongo-java-server in this process on loopback, %s backend%n", backend);
        out.printf(Locale.ROOT, "- workload: accounts of %d deposits, payloads of %d bytes of JSON, one sending "
                           + "thread%n", Workload.EVENTS_PER_ACCOUNT, payload.length());
        out.printf(Locale.ROOT, "- runs: median of %d runs of at most %s operations or %d s; replays and scans "
                           + "capped at %d s (axon-mongo's replay at %d s), repeated only within %d s%n",
                   options.runs(),
                   options.maxOpsPerRun() > 0 ? Long.toString(options.maxOpsPerRun()) : "size/10 (500 to 5,000)",
                   options.perRun().toSeconds(), options.replayCap().toSeconds(),
                   options.axonMongoReplayCap().toSeconds(), REPEAT_WITHIN.toSeconds());
        out.printf(Locale.ROOT, "- total time: %.0f s%n%n", (System.nanoTime() - started) / 1e9);
        out.println(report.table());
        out.println("### Targets (issue 3)\n");
        out.println(report.targets());
        out.println("### Where the time goes\n");
        out.println(report.breakdowns());
        out.flush();
    }

    private void log(String format, Object... args) {
        progress.printf(Locale.ROOT, "[%5.0f s] %s%n", (System.nanoTime() - started) / 1e9,
                        String.format(Locale.ROOT, format, args));
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
