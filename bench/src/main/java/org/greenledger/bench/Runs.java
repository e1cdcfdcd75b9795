package org.greenledger.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Repeated short timed runs of one operation: a warm-up, then {@code runs} runs of at most
 * {@code opsPerRun} operations or {@code perRun}, whichever ends first; the figure is the median rate.
 */
record Runs(int runs, long opsPerRun, Duration perRun, long warmupOps) {

    record Measured(List<Double> rates, long operations, boolean timeCapped) {

        double median() {
            return Runs.median(rates);
        }
    }

    /**
     * @param op called with a number unique within this measurement
     */
    Measured measure(LongConsumer op) {
        long next = 0;
        Run warmup = once(op, next, warmupOps, perRun);
        next += warmup.operations();
        List<Double> rates = new ArrayList<>();
        boolean capped = false;
        for (int run = 0; run < runs; run++) {
            Run timed = once(op, next, opsPerRun, perRun);
            next += timed.operations();
            rates.add(timed.rate());
            capped |= timed.operations() < opsPerRun;
        }
        return new Measured(rates, next, capped);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static Run once(LongConsumer op, long first, long maxOps, Duration max) {
        long start = System.nanoTime();
        long deadline = start + max.toNanos();
        long done = 0;
        while (done < maxOps) {
            op.accept(first + done);
            done++;
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        return new Run(done, System.nanoTime() - start);
    }

    private record Run(long operations, long nanos) {

        double rate() {
            return operations * 1e9 / nanos;
        }
    }
}
