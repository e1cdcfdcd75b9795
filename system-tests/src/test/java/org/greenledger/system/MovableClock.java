package org.greenledger.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** Shanghai time that starts now and that a test moves forward, to live through a notice period. */
final class MovableClock extends Clock {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

    void moveBy(Duration duration) {
        ahead.updateAndGet(current -> current.plus(duration));
    }

    @Override
    public ZoneId getZone() {
        return SHANGHAI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the system's clock keeps Shanghai time");
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead.get());
    }
}
