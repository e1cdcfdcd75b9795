package org.greenledger.bench;

import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.greenledger.bench.Report.Result;

/**
 * Puts each figure into its column's report with what explains it (round trips, GC pauses, time taken),
 * and says on the progress stream what was measured.
 */
final class Recorder {

    /** When a measurement started, to tell its time and GC pauses. */
    record Span(long startNanos, long gcMillis) {

        double seconds() {
            return (System.nanoTime() - startNanos) / 1e9;
        }

        long gcPausesSince() {
            return gcPauseMillis() - gcMillis;
        }
    }

    /** A measured figure and what it took. */
    record Figured(Result result, long operations, String per, List<Breakdown.Calls> calls) {
    }

    private final Breakdown breakdown;
    private final PrintStream progress;
    private final long started = System.nanoTime();
    private final Map<Figure, List<String>> explanations = new EnumMap<>(Figure.class);

    Recorder(Breakdown breakdown, PrintStream progress) {
        this.breakdown = breakdown;
        this.progress = progress;
    }

    /**
     * Starts a measurement: the round trips so far are forgotten.
     */
    Span start() {
        breakdown.drain();
        return new Span(System.nanoTime(), gcPauseMillis());
    }

    /**
     * The round trips since the last call (or {@link #start()}).
     */
    List<Breakdown.Calls> calls() {
        return breakdown.drain();
    }

    void record(Column column, Figure figure, Figured figured, Span span) {
        double seconds = span.seconds();
        long gc = span.gcPausesSince();
        column.report().put(figure, column.size(), figured.result());
        log("%s, %s: %s %s (%.1f s, GC pauses %,d ms)", column.name(), figure.name(),
            Report.number(figured.result().rate()), figure.unit, seconds, gc);
        if (column.explained()) {
            explanations.computeIfAbsent(figure, f -> new ArrayList<>()).add(String.format(
                    Locale.ROOT, "**%s** at %s: server round trips per %s, time from request to reply; GC pauses "
                            + "%,d ms in %.1f s\n```\n%s```\n", figure.label.replace("**", ""), column.name(),
                    figured.per(), gc, seconds,
                    Breakdown.describe(figured.calls(), figured.operations(), figured.per())));
        }
    }

    void skipAxonMongo(Column column, Figure figure, long upTo) {
        column.report().put(figure, column.size(), Result.skipped(
                "axon-mongo not measured above " + Report.label(upTo) + " (--axon-mongo-up-to)"));
    }

    /**
     * The explanations of every figure, the first size's before the last's.
     */
    List<String> explanations() {
        return explanations.values().stream().flatMap(List::stream).toList();
    }

    double elapsedSeconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    void log(String format, Object... args) {
        progress.printf(Locale.ROOT, "[%5.0f s] %s%n", elapsedSeconds(), String.format(Locale.ROOT, format, args));
    }

    private static long gcPauseMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                                .filter(millis -> millis > 0)
                                .sum();
    }
}
