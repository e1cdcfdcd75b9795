package org.greenledger.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The command line. Every option has a default; {@code --help} lists them.
 */
record Options(List<Long> sizes, Backend backend, int runs, long maxOpsPerRun, Duration perRun,
               Duration replayCap, Duration axonMongoReplayCap, long axonMongoUpTo, long warmUpSize) {

    static final String USAGE = """
            java -Xmx12g -jar bench/target/bench.jar [options]
              --backend memory|h2        embedded server storage (default memory)
              --sizes 10000,100000,...   stored events per column (default memory 10k,100k,1M; h2 10k,100k)
              --runs 3                   timed runs per figure; the median is printed
              --ops 5000                 at most this many operations per run (default size/10, 2000..5000)
              --seconds 10               at most this long per run
              --replay-seconds 90        at most this long per replay or scan
              --axon-mongo-replay-seconds 30
                                         at most this long per replay of axon-mongo (it is slow, and its
                                         rate is steady after a few batches)
              --axon-mongo-up-to N       measure axon-mongo only at sizes up to N (default all)
              --warm-up 5000             size of the throw-away store every figure is first run on, 0 for none
            """;

    static Options parse(String... args) {
        Backend backend = Backend.MEMORY;
        List<Long> sizes = null;
        int runs = 3;
        long ops = 0;
        long seconds = 10;
        long replaySeconds = 90;
        long axonMongoReplaySeconds = 30;
        long axonMongoUpTo = Long.MAX_VALUE;
        long warmUp = 5_000;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                throw new IllegalArgumentException("Usage:\n" + USAGE);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Option " + option + " needs a value\n" + USAGE);
            }
            String value = args[++i];
            switch (option) {
                case "--backend" -> backend = Backend.valueOf(value.toUpperCase(Locale.ROOT));
                case "--sizes" -> sizes = Arrays.stream(value.split(",")).map(String::trim).map(Long::parseLong)
                                                .toList();
                case "--runs" -> runs = Integer.parseInt(value);
                case "--ops" -> ops = Long.parseLong(value);
                case "--seconds" -> seconds = Long.parseLong(value);
                case "--replay-seconds" -> replaySeconds = Long.parseLong(value);
                case "--axon-mongo-replay-seconds" -> axonMongoReplaySeconds = Long.parseLong(value);
                case "--axon-mongo-up-to" -> axonMongoUpTo = Long.parseLong(value);
                case "--warm-up" -> warmUp = Long.parseLong(value);
                default -> throw new IllegalArgumentException("Unknown option " + option + "\n" + USAGE);
            }
        }
        if (sizes == null) {
            sizes = backend.defaultSizes;
        }
        if (sizes.isEmpty() || sizes.stream().anyMatch(size -> size < 100)
                || !sizes.equals(sizes.stream().sorted().distinct().toList())) {
            throw new IllegalArgumentException("Sizes must be increasing and at least 100: " + sizes);
        }
        if (runs < 1 || seconds < 1 || replaySeconds < 1 || axonMongoReplaySeconds < 1 || ops < 0
                || warmUp < 0) {
            throw new IllegalArgumentException("Counts and times must be positive\n" + USAGE);
        }
        return new Options(sizes, backend, runs, ops, Duration.ofSeconds(seconds), Duration.ofSeconds(replaySeconds),
                           Duration.ofSeconds(axonMongoReplaySeconds), axonMongoUpTo, warmUp);
    }

    /**
     * Operations per run at a store size: a tenth of the store (so the measurements themselves do not
     * multiply a small store), but at least 2,000 (a shorter run, a fraction of a second, is one GC pause
     * away from another figure) and at most 5,000, unless {@code --ops} says otherwise.
     */
    Runs runsAt(long size) {
        long ops = maxOpsPerRun > 0 ? maxOpsPerRun : Math.max(2_000, Math.min(5_000, size / 10));
        return new Runs(runs, ops, perRun, Math.max(1, ops / 5));
    }
}
