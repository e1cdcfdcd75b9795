package org.greenledger.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.Test;

/**
 * Limited to the token of the paused processor, a rebuild's stream delivers exactly the events that
 * token covers: those beyond it are held back, those it still waits for passed over.
 */
class BoundedEventsTest {

    static final GapAwareTrackingToken PAUSED_AT_5_WAITING_FOR_3 = GapAwareTrackingToken.newInstance(5, Set.of(3L));

    @Test
    void stopped_at_the_paused_token_events_it_covers_are_delivered_its_gaps_passed_over_and_later_ones_held() {
        BoundedEvents.Limit paused = new BoundedEvents.Limit(PAUSED_AT_5_WAITING_FOR_3, true);
        assertThat(BoundedEvents.verdict(at(0), paused)).isEqualTo(BoundedEvents.Verdict.DELIVER);
        assertThat(BoundedEvents.verdict(at(3), paused)).isEqualTo(BoundedEvents.Verdict.PASS_OVER);
        assertThat(BoundedEvents.verdict(at(5), paused)).isEqualTo(BoundedEvents.Verdict.DELIVER);
        assertThat(BoundedEvents.verdict(at(6), paused)).isEqualTo(BoundedEvents.Verdict.HOLD);
    }

    @Test
    void trailing_a_running_processor_an_event_it_still_waits_for_is_held_not_passed_over() {
        BoundedEvents.Limit trailing = new BoundedEvents.Limit(PAUSED_AT_5_WAITING_FOR_3, false);
        assertThat(BoundedEvents.verdict(at(2), trailing)).isEqualTo(BoundedEvents.Verdict.DELIVER);
        assertThat(BoundedEvents.verdict(at(3), trailing)).isEqualTo(BoundedEvents.Verdict.HOLD);
        assertThat(BoundedEvents.verdict(at(6), trailing)).isEqualTo(BoundedEvents.Verdict.HOLD);
    }

    @Test
    void a_new_stream_delivers_nothing_until_it_is_told_how_far_the_processor_in_use_is() throws InterruptedException {
        BoundedEvents bounded = new BoundedEvents(new Listed(List.of(at(0), at(1))));
        BlockingStream<TrackedEventMessage<?>> stream = bounded.openStream(null);

        assertThat(stream.hasNextAvailable(10, TimeUnit.MILLISECONDS)).isFalse();
        bounded.trail(GapAwareTrackingToken.newInstance(0, Set.of()));
        assertThat(drain(stream)).containsExactly(0L);
        bounded.trail(GapAwareTrackingToken.newInstance(1, Set.of()));
        assertThat(drain(stream)).containsExactly(1L);
    }

    @Test
    void stopped_at_the_paused_token_the_stream_ends_there_and_its_last_token_covers_the_paused_one()
            throws InterruptedException {
        BoundedEvents bounded = new BoundedEvents(new Listed(List.of(at(0), at(1), at(2), at(3), at(4), at(5), at(6), at(7))));
        bounded.trail(GapAwareTrackingToken.newInstance(2, Set.of()));
        BlockingStream<TrackedEventMessage<?>> stream = bounded.openStream(null);
        assertThat(drain(stream)).containsExactly(0L, 1L, 2L);

        bounded.stopAt(PAUSED_AT_5_WAITING_FOR_3);
        List<TrackingToken> tokens = new ArrayList<>();
        while (stream.hasNextAvailable(10, TimeUnit.MILLISECONDS)) {
            tokens.add(stream.nextAvailable().trackingToken());
        }

        assertThat(tokens).extracting(token -> token.position().orElseThrow()).containsExactly(4L, 5L);
        assertThat(stream.peek()).as("the held event is not shown either").isEmpty();
        assertThat(tokens.get(tokens.size() - 1).covers(PAUSED_AT_5_WAITING_FOR_3)).isTrue();
    }

    private static List<Long> drain(BlockingStream<TrackedEventMessage<?>> stream) throws InterruptedException {
        List<Long> delivered = new ArrayList<>();
        while (stream.hasNextAvailable(10, TimeUnit.MILLISECONDS)) {
            delivered.add(stream.nextAvailable().trackingToken().position().orElseThrow());
        }
        return delivered;
    }

    static TrackedEventMessage<?> at(long position) {
        return new GenericTrackedEventMessage<>(GapAwareTrackingToken.newInstance(position, Set.of()),
                GenericEventMessage.asEventMessage("event " + position));
    }

    /** A stream of the given events, in order, as a store would give them. */
    record Listed(List<TrackedEventMessage<?>> events) implements StreamableMessageSource<TrackedEventMessage<?>> {

        @Override
        public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
            List<TrackedEventMessage<?>> left = new ArrayList<>(events);
            return new BlockingStream<>() {
                @Override
                public Optional<TrackedEventMessage<?>> peek() {
                    return left.stream().findFirst();
                }

                @Override
                public boolean hasNextAvailable(int timeout, TimeUnit unit) {
                    return !left.isEmpty();
                }

                @Override
                public TrackedEventMessage<?> nextAvailable() {
                    return left.remove(0);
                }

                @Override
                public void close() {
                }
            };
        }
    }
}
