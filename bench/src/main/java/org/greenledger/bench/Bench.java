package org.greenledger.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * The event-store benchmark of issue 3: our {@code MongoEventStorageEngine} against axon-mongo's and against
 * the raw driver, on the embedded server, at growing store sizes, in one run. See docs/benchmarks.md for
 * what each figure means and the command that reproduces them.
 */
public final class Bench {

    private final Options options;
    private final PrintStream out;
    private final Serializer serializer = JacksonSerializer.defaultSerializer();
    private final Breakdown breakdown = new Breakdown();
    private final Recorder recorder;
    private final Writes writes;
    private final Commands commands;
    private final Reads reads;

    Bench(Options options, PrintStream out, PrintStream progress) {
        this.options = options;
        this.out = out;
        this.recorder = new Recorder(breakdown, progress);
        this.writes = new Writes(recorder);
        this.commands = new Commands(recorder, serializer);
        this.reads = new Reads(recorder, serializer);
    }

    /**
     * Runs the benchmark; see {@link Options#USAGE} for the arguments. Prints the report on standard output
     * and progress on standard error.
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("log")) {
            List<Integer> sizes = args.length > 1 ? Stream.of(args).skip(1).map(Integer::valueOf).toList()
                    : List.of(10_000, 100_000, 1_000_000);
            LogBench.run(sizes, System.out);
            return;
        }
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
            measureColumn(new Column(Report.label(size), report, size, explained, options.runsAt(size),
                                     options.replayCap(), options.axonMongoReplayCap(), withAxonMongo),
                          ours, axonMongo);
            report.storedAtEnd(size, String.format(Locale.ROOT, "%,d / %s", ours.stored(), withAxonMongo
                    ? String.format(Locale.ROOT, "%,d", axonMongo.stored()) : "–"));
        }
        recorder.explanations().forEach(report::breakdown);
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
        Ours ours = new Ours(client.getDatabase("warmup_ours"), serializer);
        AxonMongo axonMongo = new AxonMongo(client.getDatabase("warmup_axon_mongo"), serializer);
        Workload workload = new Workload(size, Instant.now());
        ours.growTo(size, workload);
        axonMongo.growTo(size, workload);
        // twice, for the JIT to settle: after one pass the first column still ran at half the speed of the last
        Runs runs = new Runs(1, 20_000, Duration.ofSeconds(8), 2_000);
        for (int pass = 1; pass <= 2; pass++) {
            measureColumn(new Column("warm-up " + pass, new Report(List.of(size)), size, false, runs,
                                     Duration.ofSeconds(5), Duration.ofSeconds(3), true), ours, axonMongo);
        }
        ours.database.drop();
        axonMongo.database.drop();
    }

    private void measureColumn(Column column, Ours ours, AxonMongo axonMongo) {
        writes.measure(column, ours, axonMongo, options.axonMongoUpTo());
        commands.measure(column, Figure.COMMANDS_OURS, ours);
        if (column.withAxonMongo()) {
            commands.measure(column, Figure.COMMANDS_AXON_MONGO, axonMongo);
        } else {
            recorder.skipAxonMongo(column, Figure.COMMANDS_AXON_MONGO, options.axonMongoUpTo());
        }
        reads.measure(column, ours, axonMongo, options.axonMongoUpTo());
    }

    private void grow(Contender contender, long size, Workload workload) {
        long start = System.nanoTime();
        long before = contender.stored();
        contender.growTo(size, workload);
        // prefilling leaves gigabytes of garbage; collected now, it stays out of the next figure
        System.gc();
        AxonApp.sleep(500);
        recorder.log("prefilled %s from %,d to %,d events in %.1f s", contender.name, before, contender.stored(),
                     (System.nanoTime() - start) / 1e9);
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
        out.printf(Locale.ROOT, "- runs: the median of %d runs of at most %s operations or %d s; ratios from runs "
                           + "taken in turn; replays and scans capped at %d s (axon-mongo's replay at %d s)%n",
                   options.runs(),
                   options.maxOpsPerRun() > 0 ? Long.toString(options.maxOpsPerRun()) : "size/10 (2,000 to 5,000)",
                   options.perRun().toSeconds(), options.replayCap().toSeconds(),
                   options.axonMongoReplayCap().toSeconds());
        out.printf(Locale.ROOT, "- total time: %.0f s%n%n", recorder.elapsedSeconds());
        out.println(report.table());
        out.println("### Targets (issue 3)\n");
        out.println(report.targets());
        out.println("### Where the time goes\n");
        out.println(report.breakdowns());
        out.flush();
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
