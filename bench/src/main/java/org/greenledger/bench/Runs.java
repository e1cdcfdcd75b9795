package org.greenledger.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

import org.greenledger.bench.Report.Result;

/**
 * Repeated short timed runs: a warm-up, then {@code runs} runs of at most {@code opsPerRun} operations or
 * {@code perRun}, whichever ends first; the figure is the median rate.
 */
record Runs(int runs, long opsPerRun, Duration perRun, long warmupOps) {

    record Measured(List<Double> rates, long operations, boolean timeCapped) {

        double median() {
            return Runs.median(rates);
        }

        /**
         * The median, with a note when the time limit ended the runs (so they are shorter than asked).
         */
        Result result(String what) {
            if (!timeCapped) {
                return Result.of(median());
            }
            return new Result(median(), String.format(Locale.ROOT, "runs ended by the time limit: %,d %s in all, "
                    + "rates %s", operations, what, rates.stream().map(Report::number).toList()));
        }
    }

    /**
     * @param op called with a number unique within this measurement
     */
    Measured measure(LongConsumer op) {
        return alternate(List.of(op), ignored -> { }).get(0);
    }

    /**
     * Runs the operations in turn, one run of each per round, so that figures compared as a ratio are taken
     * on the same machine at the same moment: on two shared cores the same run can be twice as fast a minute
     * later.
     *
     * @param afterRun told the index of the operation whose run (warm-up included) just ended
     */
    List<Measured> alternate(List<LongConsumer> ops, IntConsumer afterRun) {
        int count = ops.size();
        long[] done = new long[count];
        List<List<Double>> rates = new ArrayList<>();
        boolean[] capped = new boolean[count];
        for (int i = 0; i < count; i++) {
            done[i] = once(ops.get(i), 0, warmupOps, perRun).operations();
            rates.add(new ArrayList<>());
            afterRun.accept(i);
        }
        for (int run = 0; run < runs; run++) {
            for (int i = 0; i < count; i++) {
                Run timed = once(ops.get(i), done[i], opsPerRun, perRun);
                done[i] += timed.operations();
                rates.get(i).add(timed.rate());
                capped[i] |= timed.operations() < opsPerRun;
                afterRun.accept(i);
            }
        }
        List<Measured> measured = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            measured.add(new Measured(rates.get(i), done[i], capped[i]));
        }
        return measured;
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
