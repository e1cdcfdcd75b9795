package org.greenledger.platform.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

class ProcessorPositionsTest {

    static final int[] WHOLE = {0};
    static final int[] HALVES = {0, 1};
    static final int[] UNEVEN = {0, 1, 3};

    final EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
    final ProcessorPositions positions = new ProcessorPositions(() -> processing);

    private static GapAwareTrackingToken token(long index, Long... gaps) {
        return GapAwareTrackingToken.newInstance(index, Set.of(gaps));
    }

    /** Segment {@code id} of a processor split into the segments {@code all}. */
    private static EventTrackerStatus segment(int id, int[] all, TrackingToken token) {
        EventTrackerStatus status = mock(EventTrackerStatus.class);
        when(status.getSegment()).thenReturn(Segment.computeSegment(id, all));
        when(status.getTrackingToken()).thenReturn(token);
        return status;
    }

    private void group(String name, EventTrackerStatus... segments) {
        StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
        Map<Integer, EventTrackerStatus> status = new HashMap<>();
        for (EventTrackerStatus segment : segments) {
            status.put(segment.getSegment().getSegmentId(), segment);
        }
        when(processor.processingStatus()).thenReturn(status);
        when(processing.eventProcessorByProcessingGroup(name)).thenReturn(Optional.<EventProcessor>of(processor));
    }

    @Test
    void a_gap_aware_token_covers_a_position_only_with_no_gap_at_or_below_it() {
        GapAwareTrackingToken token = token(10, 7L);

        assertThat(ProcessorPositions.covers(token, 6)).isTrue();
        assertThat(ProcessorPositions.covers(token, 7)).isFalse();
        assertThat(ProcessorPositions.covers(token, 8)).isFalse();
        assertThat(ProcessorPositions.covers(token(10), 10)).isTrue();
        assertThat(ProcessorPositions.covers(token(10), 11)).isFalse();
        assertThat(ProcessorPositions.covers(null, 0)).isFalse();
    }

    @Test
    void a_replaying_token_covers_what_its_current_token_covers() {
        TrackingToken replaying = ReplayToken.createReplayToken(token(50), token(20));

        assertThat(ProcessorPositions.covers(replaying, 20)).isTrue();
        assertThat(ProcessorPositions.covers(replaying, 21)).isFalse();
    }

    @Test
    void a_group_has_reached_a_position_only_when_every_segment_has() {
        group("register", segment(0, HALVES, token(12)), segment(1, HALVES, token(9)));

        assertThat(positions.reached(new String[] {"register"}, 9)).isTrue();
        assertThat(positions.reached(new String[] {"register"}, 10)).isFalse();
        assertThat(positions.lowest(new String[] {"register"})).isEqualTo(OptionalLong.of(9));
    }

    @Test
    void a_group_with_a_segment_unclaimed_here_has_not_reached_anything() {
        group("register", segment(0, HALVES, token(12)));

        assertThat(positions.reached(new String[] {"register"}, 1)).isFalse();
        assertThat(positions.lowest(new String[] {"register"})).isEmpty();
    }

    @Test
    void segments_split_unevenly_still_make_a_whole() {
        group("register", segment(0, UNEVEN, token(5)), segment(1, UNEVEN, token(6)), segment(3, UNEVEN, token(7)));

        assertThat(positions.reached(new String[] {"register"}, 5)).isTrue();
    }

    @Test
    void a_segment_that_has_processed_nothing_has_not_reached_anything() {
        group("register", segment(0, WHOLE, null));

        assertThat(positions.reached(new String[] {"register"}, 0)).isFalse();
        assertThat(positions.lowest(new String[] {"register"})).isEmpty();
    }

    @Test
    void every_named_group_must_have_reached_the_position() {
        group("register", segment(0, WHOLE, token(30)));
        group("statistics", segment(0, WHOLE, token(20)));

        assertThat(positions.reached(new String[] {"register", "statistics"}, 25)).isFalse();
        assertThat(positions.reached(new String[] {"register", "statistics"}, 20)).isTrue();
        assertThat(positions.lowest(new String[] {"register", "statistics"})).isEqualTo(OptionalLong.of(20));
    }

    @Test
    void a_subscribing_processor_is_always_up_to_date() {
        when(processing.eventProcessorByProcessingGroup("inline"))
                .thenReturn(Optional.<EventProcessor>of(mock(SubscribingEventProcessor.class)));

        assertThat(positions.reached(new String[] {"inline"}, 1_000)).isTrue();
    }

    @Test
    void a_group_no_processor_handles_is_a_programming_error() {
        when(processing.eventProcessorByProcessingGroup("typo")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> positions.reached(new String[] {"typo"}, 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("typo");
    }
}
