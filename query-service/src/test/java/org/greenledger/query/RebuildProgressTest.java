package org.greenledger.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A rebuild's rate and time left follow from events read, events there are and time taken. */
class RebuildProgressTest {

    @ParameterizedTest(name = "{0} of {1} events in {2} ms: {3}/s, {4} s left, {5} in all")
    @CsvSource(nullValues = "none", value = {
            // processed, total, elapsed ms, per second, seconds left, total shown
            "0,    1000, 0,    0,    none, 1000",
            "0,    1000, 2000, 0,    none, 1000",
            "500,  1000, 2000, 250,  2,    1000",
            "100,  250,  1000, 100,  2,    250",   // 1.5 s rounds up: never says done too early
            "1000, 1000, 4000, 250,  0,    1000",
            "1200, 1000, 4000, 300,  0,    1200",  // the head moved on: never more processed than in all
            "0,    0,    10,   0,    0,    0"      // an empty store is rebuilt at once
    })
    void the_rate_is_events_per_second_since_the_start_and_the_time_left_what_remains_at_that_rate(
            long processed, long total, long elapsedMillis, long perSecond, Long secondsLeft, long totalShown) {
        RebuildProgress progress = RebuildProgress.of(processed, total, Duration.ofMillis(elapsedMillis));

        assertThat(progress).isEqualTo(new RebuildProgress(processed, totalShown, perSecond, secondsLeft));
    }

    @ParameterizedTest(name = "at position {0}: {1} events read")
    @CsvSource({"-1, 0", "0, 1", "41, 42"})
    void positions_count_from_0_so_a_token_at_a_position_has_read_one_more_event(long position, long events) {
        assertThat(RebuildProgress.eventsThrough(position)).isEqualTo(events);
    }
}
