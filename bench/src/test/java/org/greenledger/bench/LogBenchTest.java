package org.greenledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit-log benchmark at tiny sizes, so it cannot rot: a row per size, the baseline agreeing on every root. */
class LogBenchTest {

    @Test
    void a_tiny_run_prints_a_row_per_size() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        LogBench.run(List.of(100, 257), new PrintStream(out, true, StandardCharsets.UTF_8));

        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("## Audit log tree").contains("| 100 |").contains("| 257 |");
        assertThat(report.lines().filter(line -> line.startsWith("| ") && line.matches("\\| [0-9,]+ \\|.*"))).hasSize(2);
    }
}
