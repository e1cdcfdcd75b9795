package org.greenledger.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongToDoubleFunction;

/**
 * The figures of one run, by figure and store size, printed as Markdown tables with the targets.
 */
final class Report {

    /** A measured rate, or NaN when not measured; the note says why it is partial or missing. */
    record Result(double rate, String note) {

        static Result of(double rate) {
            return new Result(rate, null);
        }

        static Result skipped(String why) {
            return new Result(Double.NaN, why);
        }

        boolean measured() {
            return !Double.isNaN(rate);
        }
    }

    private enum Verdict { PASS, FAIL, NA }

    private final List<Long> sizes;
    private final Map<Figure, Map<Long, Result>> results = new EnumMap<>(Figure.class);
    private final Map<Long, String> storedAtEnd = new LinkedHashMap<>();
    private final List<String> breakdowns = new ArrayList<>();

    Report(List<Long> sizes) {
        this.sizes = sizes;
    }

    void put(Figure figure, long size, Result result) {
        results.computeIfAbsent(figure, f -> new LinkedHashMap<>()).put(size, result);
    }

    Result get(Figure figure, long size) {
        return results.getOrDefault(figure, Map.of()).getOrDefault(size, Result.skipped("not measured"));
    }

    void storedAtEnd(long size, String text) {
        storedAtEnd.put(size, text);
    }

    void breakdown(String text) {
        breakdowns.add(text);
    }

    String table() {
        StringBuilder out = new StringBuilder();
        List<String> notes = new ArrayList<>();
        out.append("| figure | unit |");
        sizes.forEach(size -> out.append(' ').append(label(size)).append(" |"));
        out.append("\n|---|---|");
        sizes.forEach(size -> out.append("---:|"));
        out.append('\n');
        for (Figure figure : Figure.values()) {
            out.append("| ").append(figure.label).append(" | ").append(figure.unit).append(" |");
            for (long size : sizes) {
                Result result = get(figure, size);
                String cell = number(result.rate());
                if (result.note() != null) {
                    notes.add(result.note());
                    cell += " [" + notes.size() + "]";
                }
                out.append(' ').append(cell).append(" |");
            }
            out.append('\n');
        }
        out.append("| stored events after the column (ours / axon-mongo) | events |");
        sizes.forEach(size -> out.append(' ').append(storedAtEnd.getOrDefault(size, "–")).append(" |"));
        out.append('\n');
        for (int i = 0; i < notes.size(); i++) {
            out.append("\n[").append(i + 1).append("] ").append(notes.get(i));
        }
        return out.append('\n').toString();
    }

    String targets() {
        StringBuilder out = new StringBuilder("| target |");
        sizes.forEach(size -> out.append(' ').append(label(size)).append(" |"));
        out.append(" verdict |\n|---|");
        sizes.forEach(size -> out.append("---:|"));
        out.append("---|\n");
        ratioRow(out, "our commands ≥ 10 × axon-mongo's", Figure.COMMANDS_OURS, Figure.COMMANDS_AXON_MONGO, 10,
                 "×");
        ratioRow(out, "our appends ≥ 0.5 × raw `insertOne`", Figure.APPEND_OURS, Figure.RAW_INSERT, 0.5, "");
        ratioRow(out, "our replay ≥ 0.3 × raw scan + deserialize", Figure.REPLAY_OURS, Figure.SCAN_RAW, 0.3, "");
        long first = sizes.get(0);
        for (Figure figure : List.of(Figure.APPEND_OURS, Figure.COMMANDS_OURS, Figure.STREAM_OURS,
                                     Figure.REPLAY_OURS)) {
            row(out, figure.label.replace(": **ours**", "") + ", ours: ≥ 80 % of its " + label(first)
                        + " figure", size -> {
                Result base = get(figure, first);
                Result here = get(figure, size);
                return base.measured() && here.measured() ? here.rate() / base.rate() : Double.NaN;
            }, 0.8, "%");
        }
        return out.toString();
    }

    String breakdowns() {
        return String.join("\n", breakdowns);
    }

    private void ratioRow(StringBuilder out, String target, Figure ours, Figure reference, double threshold,
                          String suffix) {
        row(out, target, size -> {
            Result a = get(ours, size);
            Result b = get(reference, size);
            return a.measured() && b.measured() ? a.rate() / b.rate() : Double.NaN;
        }, threshold, suffix);
    }

    private void row(StringBuilder out, String target, LongToDoubleFunction value, double threshold,
                     String suffix) {
        out.append("| ").append(target).append(" |");
        Verdict verdict = Verdict.NA;
        for (long size : sizes) {
            double v = value.applyAsDouble(size);
            if (Double.isNaN(v)) {
                out.append(" – |");
                continue;
            }
            boolean pass = v >= threshold;
            if (verdict != Verdict.FAIL) {
                verdict = pass ? Verdict.PASS : Verdict.FAIL;
            }
            // rounded down, so that a figure shown at the threshold has reached it
            String shown = suffix.equals("%") ? String.format(Locale.ROOT, "%d %%", (long) Math.floor(v * 100))
                    : String.format(Locale.ROOT, v >= 10 ? "%.0f%s" : "%.2f%s", floor(v, v >= 10 ? 0 : 2), suffix);
            out.append(' ').append(shown).append(pass ? "" : " ✗").append(" |");
        }
        out.append(' ').append(verdict == Verdict.NA ? "n/a" : verdict.name()).append(" |\n");
    }

    static String label(long size) {
        if (size >= 1_000_000 && size % 100_000 == 0) {
            return trim(size / 1e6) + "M";
        }
        if (size >= 1_000 && size % 100 == 0) {
            return trim(size / 1e3) + "k";
        }
        return Long.toString(size);
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
    }

    private static double floor(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.floor(value * scale) / scale;
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
