package org.greenledger.platform.query;

import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;

/**
 * How far the processors of named processing groups have got. A group has reached a position
 * only when every one of its segments is claimed here and has a token covering it; a
 * gap-aware token with the position among its gaps has not. Read-your-writes waits on it, and so
 * does anything on the command side that must not act on a processor's stale view.
 */
public class ProcessorPositions {

    private final Supplier<EventProcessingConfiguration> processing;

    public ProcessorPositions(Supplier<EventProcessingConfiguration> processing) {
        this.processing = processing;
    }

    /**
     * Waits, polling, until every group has reached {@code position}; past {@code maxWait} it
     * refuses with {@link NotYetConsistent} (503, retry), saying that {@code what} is behind.
     */
    public void await(String[] groups, long position, Duration maxWait, Duration pollInterval, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (!reached(groups, position)) {
            if (System.nanoTime() - deadline >= 0) {
                throw new NotYetConsistent(position, what + " has not yet processed position " + position
                        + " (waited " + maxWait.toMillis() + " ms); retry shortly.");
            }
            Thread.sleep(Math.max(1, pollInterval.toMillis()));
        }
    }

    /**
     * Waits, polling, until every streaming processor of this service covers {@code head}: every
     * event committed up to it, in-flight positions aside, has been handled. Past {@code maxWait}
     * it refuses with {@link NotYetConsistent}. A read that must not answer from a stale view
     * (a revoked consent) takes the store's head when it starts and waits here.
     */
    public void awaitEveryProcessor(TrackingToken head, Duration maxWait, Duration pollInterval, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (!everyProcessorCovers(head)) {
            if (System.nanoTime() - deadline >= 0) {
                long position = head.position().orElse(-1);
                throw new NotYetConsistent(position, what + " has not yet processed position " + position
                        + " (waited " + maxWait.toMillis() + " ms); retry shortly.");
            }
            Thread.sleep(Math.max(1, pollInterval.toMillis()));
        }
    }

    boolean everyProcessorCovers(TrackingToken head) {
        for (EventProcessor processor : processing.get().eventProcessors().values()) {
            if (processor instanceof StreamingEventProcessor streaming) {
                Map<Integer, EventTrackerStatus> status = streaming.processingStatus();
                if (!complete(status.values())) {
                    return false;
                }
                for (EventTrackerStatus segment : status.values()) {
                    TrackingToken current = WrappedToken.unwrapLowerBound(segment.getTrackingToken());
                    if (head.position().orElse(-1) >= 0 && (current == null || !current.covers(head))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    boolean reached(String[] groups, long position) {
        for (String group : groups) {
            EventProcessor processor = processor(group);
            if (processor instanceof StreamingEventProcessor streaming && !reached(streaming, position)) {
                return false;
            }
        }
        return true;
    }

    /** The lowest position every segment of every group has reached, if all have one. */
    OptionalLong lowest(String[] groups) {
        long lowest = Long.MAX_VALUE;
        for (String group : groups) {
            if (!(processor(group) instanceof StreamingEventProcessor streaming)) {
                continue;
            }
            Map<Integer, EventTrackerStatus> status = streaming.processingStatus();
            if (!complete(status.values())) {
                return OptionalLong.empty();
            }
            for (EventTrackerStatus segment : status.values()) {
                TrackingToken token = WrappedToken.unwrapLowerBound(segment.getTrackingToken());
                OptionalLong position = token == null ? OptionalLong.empty() : token.position();
                if (position.isEmpty()) {
                    return OptionalLong.empty();
                }
                lowest = Math.min(lowest, position.getAsLong());
            }
        }
        return lowest == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(lowest);
    }

    private EventProcessor processor(String group) {
        return processing.get().eventProcessorByProcessingGroup(group)
                .orElseThrow(() -> new IllegalStateException("No event processor handles the processing group '"
                        + group + "' named in @ReadModel."));
    }

    private static boolean reached(StreamingEventProcessor processor, long position) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        if (!complete(status.values())) {
            return false;
        }
        for (EventTrackerStatus segment : status.values()) {
            if (!covers(segment.getTrackingToken(), position)) {
                return false;
            }
        }
        return true;
    }

    static boolean covers(TrackingToken token, long position) {
        TrackingToken current = WrappedToken.unwrapLowerBound(token);
        if (current == null) {
            return false;
        }
        if (current instanceof GapAwareTrackingToken) {
            return current.covers(GapAwareTrackingToken.newInstance(position, Collections.emptySet()));
        }
        return current.position().isPresent() && current.position().getAsLong() >= position;
    }

    /** True when the claimed segments together make up the whole stream. */
    static boolean complete(Collection<EventTrackerStatus> segments) {
        if (segments.isEmpty()) {
            return false;
        }
        long widest = 0;
        for (EventTrackerStatus segment : segments) {
            widest = Math.max(widest, segment.getSegment().getMask() + 1L);
        }
        long covered = 0;
        for (EventTrackerStatus segment : segments) {
            covered += widest / (segment.getSegment().getMask() + 1L);
        }
        return covered == widest;
    }
}
