package org.greenledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * Runs the whole harness at a tiny size so that it cannot rot: every figure is measured, every target
 * judged, and the prefill's stored format is checked against the engine's.
 */
class BenchTest {

    @Test
    void a_tiny_run_measures_every_figure_and_judges_every_target() {
        Options options = Options.parse("--sizes", "200,400", "--runs", "1", "--ops", "20", "--seconds", "5",
                                        "--replay-seconds", "30", "--warm-up", "0");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        Report report = new Bench(options, new PrintStream(printed, true, StandardCharsets.UTF_8),
                                  new PrintStream(OutputStream.nullOutputStream())).run();

        for (Figure figure : Figure.values()) {
            for (long size : options.sizes()) {
                assertThat(report.get(figure, size).rate()).as(figure + " at " + size).isPositive();
            }
        }
        assertThat(report.get(Figure.REPLAY_OURS, 400).note()).as("our replay reaches the head").isNull();
        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("| raw `insertOne`, commit-shaped document | docs/s |")
                        .contains("| stored events after the column (ours / axon-mongo) | events | 248 / 248 |");
        assertThat(text.lines().filter(line -> line.startsWith("| our ")))
                .hasSize(3)
                .allMatch(line -> line.endsWith("| PASS |") || line.endsWith("| FAIL |"));
    }
}
