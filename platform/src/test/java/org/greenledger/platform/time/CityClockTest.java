package org.greenledger.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CityClockTest {

    @Test
    void the_city_clock_keeps_shanghai_time_and_runs_ahead_only_when_told() {
        ClockConfig clocks = new ClockConfig();

        Clock real = clocks.clock(Duration.ZERO);
        Clock ahead = clocks.clock(Duration.ofDays(8));

        assertThat(real.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(Duration.between(Instant.now(), real.instant()).abs()).isLessThan(Duration.ofSeconds(5));
        assertThat(Duration.between(real.instant(), ahead.instant())).isBetween(Duration.ofDays(8).minusSeconds(5),
                Duration.ofDays(8).plusSeconds(5));
    }
}
