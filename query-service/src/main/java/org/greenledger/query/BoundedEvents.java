package org.greenledger.query;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * The event stream for a rebuild's processor, never ahead of the processor in use: it delivers only
 * events the latest token of that processor covers and holds back the rest, so the rebuild trails it
 * ({@link #trail}). At the switch it is told where the paused processor stopped ({@link #stopAt}):
 * it delivers up to there, and passes over the events below that the paused token still waits for (its
 * gaps), which the processor in use handles after the switch. So at the switch both generations hold
 * exactly the same events and their checksums must agree. While trailing, such an event is held, not
 * passed over: a later token may have seen it, and then the rebuild must have it too.
 */
final class BoundedEvents implements StreamableMessageSource<TrackedEventMessage<?>> {

    enum Verdict { DELIVER, PASS_OVER, HOLD }

    /** How far the stream may go; {@code last}: where the paused processor stopped, so its gaps are passed over. */
    record Limit(GapAwareTrackingToken token, boolean last) {
    }

    private final StreamableMessageSource<TrackedEventMessage<?>> events;
    private volatile Limit limit = new Limit(GapAwareTrackingToken.newInstance(-1, Set.of()), false);

    BoundedEvents(StreamableMessageSource<TrackedEventMessage<?>> events) {
        this.events = events;
    }

    /** Up to what the processor in use has handled so far; it only moves on. */
    void trail(TrackingToken token) {
        limit = new Limit(gapAware(token), false);
    }

    /** Up to exactly what the paused processor in use had handled. */
    void stopAt(TrackingToken token) {
        limit = new Limit(gapAware(token), true);
    }

    static Verdict verdict(TrackedEventMessage<?> event, Limit limit) {
        long position = event.trackingToken().position().orElseThrow();
        if (position > limit.token().getIndex()) {
            return Verdict.HOLD;
        }
        if (!limit.token().getGaps().contains(position)) {
            return Verdict.DELIVER;
        }
        return limit.last() ? Verdict.PASS_OVER : Verdict.HOLD;
    }

    private static GapAwareTrackingToken gapAware(TrackingToken token) {
        if (WrappedToken.unwrapLowerBound(token) instanceof GapAwareTrackingToken gapAware) {
            return gapAware;
        }
        throw new IllegalArgumentException("A rebuild follows a gap-aware token, not " + token);
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
        return new Bounded(events.openStream(token));
    }

    @Override
    public TrackingToken createTailToken() {
        return events.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return events.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return events.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return events.createTokenSince(duration);
    }

    private final class Bounded implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> stream;

        Bounded(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            Limit bound = limit;
            return stream.peek().filter(event -> verdict(event, bound) == Verdict.DELIVER);
        }

        @Override
        public boolean hasNextAvailable() {
            try {
                return hasNextAvailable(0, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            while (true) {
                long left = Math.max(0, deadline - System.nanoTime());
                if (!stream.hasNextAvailable((int) TimeUnit.NANOSECONDS.toMillis(left), TimeUnit.MILLISECONDS)) {
                    return false;
                }
                TrackedEventMessage<?> next = stream.peek().orElse(null);
                if (next == null) {
                    return false;
                }
                switch (verdict(next, limit)) {
                    case DELIVER:
                        return true;
                    case PASS_OVER:
                        stream.nextAvailable();
                        break;
                    default:
                        TimeUnit.NANOSECONDS.sleep(Math.max(0, deadline - System.nanoTime()));
                        return false;
                }
            }
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            while (!hasNextAvailable(1, TimeUnit.SECONDS)) {
                // blocks, as the contract says, until an event may be delivered
            }
            return stream.nextAvailable();
        }

        @Override
        public void close() {
            stream.close();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            return stream.setOnAvailableCallback(callback);
        }
    }
}
