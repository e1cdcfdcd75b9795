package org.greenledger.eventstore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.LongStream;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the global stream for tracking processors, in position order, without ever skipping a committed
 * event.
 * <p>
 * Positions are handed out before the commit is inserted, so a position may be missing for a while: its
 * commit is in flight. The reader then stops at it and delivers nothing beyond it, so events always
 * arrive in position order and a token's position is the position of its event (projections can keep
 * "apply only if newer" guards). A position still missing {@code gapTimeout} after this engine first saw
 * it missing is presumed abandoned (its writer died between allocating and inserting, or is stalled) and
 * is <em>tombstoned</em>: the reader inserts a tombstone document covering exactly that position. The
 * unique {@code _id} and {@code pos} indexes decide the race with a late writer: either the tombstone
 * lands, and the writer's insert is refused so it allocates fresh positions and retries (its command
 * still succeeds, at a later position this reader has not passed), or the commit landed first, the
 * tombstone is refused and the reader reads the commit. Time alone never skips an event: only a
 * tombstone, which the store accepted instead of any commit, lets a reader pass a position.
 * <p>
 * Tokens are Axon's {@link GapAwareTrackingToken}. This reader never creates gaps, but honours those of
 * tokens it did not make (a head token records the commits in flight when it was created, and tokens
 * from elsewhere may carry some): a gap is read until its commit appears or it is tombstoned.
 */
final class TrackedReads {

    private static final Logger logger = LoggerFactory.getLogger(TrackedReads.class);

    private enum Missing { WAITING, TOMBSTONED, FILLED_MEANWHILE }

    private final CommitStore store;
    private final Clock clock;
    private final Duration gapTimeout;
    /** When this engine first saw each still-missing position; memory only, so a restart waits again. */
    private final Map<Long, Instant> missingSince = new ConcurrentHashMap<>();

    TrackedReads(CommitStore store, Clock clock, Duration gapTimeout) {
        this.store = store;
        this.clock = clock;
        this.gapTimeout = gapTimeout;
    }

    /**
     * The events after {@code token}, at most about {@code batchSize}, each with the token that includes it.
     * Candidates are named explicitly ({@code pos $in}): the token's gaps plus the next {@code batchSize}
     * positions. A missing position counts as a gap (waited for, tombstoned when overdue) only when a later
     * position is covered; above the highest covered one it is simply not written yet. The counter is read
     * only when a window's tail is missing, to tell the head of the stream from a run of missing positions
     * longer than the window, so a replay reads one window per round trip. If a whole window holds only
     * tombstones, the next window is read in the same call, so a processor never stalls behind settled
     * positions.
     */
    List<TrackedEventData<?>> fetch(GapAwareTrackingToken token, int batchSize) {
        long index = token.getIndex();
        NavigableSet<Long> gaps = new TreeSet<>(token.getGaps());
        List<TrackedEventData<?>> batch = new ArrayList<>();
        long from = index + 1;
        boolean includeGaps = !gaps.isEmpty();
        long allocated = -1;
        while (true) {
            long to = from + batchSize - 1;
            if (allocated >= 0) {
                to = Math.min(to, allocated - 1);
            }
            NavigableSet<Long> candidates = new TreeSet<>();
            if (includeGaps) {
                candidates.addAll(gaps);
            }
            for (long position = from; position <= to; position++) {
                candidates.add(position);
            }
            if (candidates.isEmpty()) {
                return batch;
            }
            Map<Long, Document> covering = covering(candidates);
            long highestCovered = covering.keySet().stream().mapToLong(Long::longValue).max().orElse(from - 1);
            if (highestCovered < to) {
                if (allocated < 0) {
                    allocated = store.nextPosition();
                }
                if (anyCovered(to + 1, allocated - 1, batchSize)) {
                    highestCovered = Long.MAX_VALUE;
                }
            }
            // The token's own position is covered, so its gaps always lie below a covered position.
            long coveredAbove = Math.max(highestCovered, index);
            noteMissing(candidates.headSet(coveredAbove, false), covering);
            boolean blocked = false;
            Long rereadFrom = null;
            for (long position : candidates) {
                Document commit = covering.get(position);
                if (commit == null) {
                    if (position >= coveredAbove) {
                        blocked = true;
                        break;
                    }
                    Missing missing = tombstoneIfOverdue(position);
                    if (missing == Missing.TOMBSTONED) {
                        gaps.remove(position);
                        continue;
                    }
                    if (missing == Missing.FILLED_MEANWHILE) {
                        rereadFrom = position;
                        break;
                    }
                    if (position < from) {
                        continue;
                    }
                    blocked = true;
                    break;
                }
                missingSince.remove(position);
                if (Commits.isTombstone(commit)) {
                    gaps.remove(position);
                    continue;
                }
                if (!gaps.remove(position)) {
                    index = position;
                }
                Document event = Commits.events(commit).get((int) (position - Commits.first(commit)));
                batch.add(Commits.toEventData(event, GapAwareTrackingToken.newInstance(index, gaps)));
            }
            if (rereadFrom != null) {
                includeGaps = rereadFrom < from;
                from = Math.max(from, rereadFrom);
                continue;
            }
            if (blocked || !batch.isEmpty() || (allocated >= 0 && to >= allocated - 1)) {
                return batch;
            }
            includeGaps = false;
            from = to + 1;
        }
    }

    /**
     * Whether any position in {@code [from, to]} is covered, read in windows: the positions beyond a window
     * whose tail is missing, to tell a run of abandoned positions (a later commit exists) from the head.
     */
    private boolean anyCovered(long from, long to, int window) {
        for (long start = from; start <= to; start += window) {
            List<Long> positions = LongStream.rangeClosed(start, Math.min(to, start + window - 1)).boxed().toList();
            if (!store.findCovering(positions).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The position of the last stored event, with the positions still in flight below it as gaps, so a
     * processor starting at the head still receives the commits that were under way when it started
     * (their commands had not returned yet). Looks back from the counter in windows of {@code window}
     * positions until it finds an event (positions leased but unused, and tombstones, lie above it), then
     * takes as gaps the missing positions of one window below it.
     */
    GapAwareTrackingToken head(int window) {
        long index = -1;
        for (long end = store.nextPosition(); end > 0 && index < 0; end -= window) {
            NavigableSet<Long> positions = range(Math.max(0, end - window), end);
            for (Document commit : store.findCovering(positions)) {
                if (!Commits.isTombstone(commit)) {
                    index = Math.max(index, Math.min(end - 1, Commits.first(commit) + Commits.count(commit) - 1));
                }
            }
        }
        if (index < 0) {
            return GapAwareTrackingToken.newInstance(-1, List.of());
        }
        NavigableSet<Long> below = range(Math.max(0, index - window + 1), index);
        Map<Long, Document> covering = covering(below);
        List<Long> inFlight = below.stream().filter(position -> !covering.containsKey(position)).toList();
        return GapAwareTrackingToken.newInstance(index, inFlight);
    }

    private static NavigableSet<Long> range(long from, long toExclusive) {
        NavigableSet<Long> positions = new TreeSet<>();
        for (long position = from; position < toExclusive; position++) {
            positions.add(position);
        }
        return positions;
    }

    private Map<Long, Document> covering(NavigableSet<Long> positions) {
        Map<Long, Document> covering = new HashMap<>();
        for (Document commit : store.findCovering(positions)) {
            long first = Commits.first(commit);
            for (long position : positions.subSet(first, first + Commits.count(commit))) {
                covering.put(position, commit);
            }
        }
        return covering;
    }

    /**
     * Starts the clock for every missing position of the window, not only the one the reader stops at, so
     * that several abandoned positions in a row are tombstoned after one timeout, not one timeout each.
     */
    private void noteMissing(Set<Long> candidates, Map<Long, Document> covering) {
        Instant now = clock.instant();
        for (long position : candidates) {
            if (!covering.containsKey(position)) {
                missingSince.putIfAbsent(position, now);
            }
        }
    }

    private Missing tombstoneIfOverdue(long position) {
        Instant now = clock.instant();
        Instant since = missingSince.computeIfAbsent(position, p -> now);
        if (now.isBefore(since.plus(gapTimeout))) {
            return Missing.WAITING;
        }
        missingSince.remove(position);
        if (store.insertTombstone(Commits.tombstone(position, 1, now))) {
            logger.warn("Position {} missing since {}, longer than the gap timeout {}: tombstoned. "
                                + "A writer still holding it will store its commit at a new position.",
                        position, since, gapTimeout);
            return Missing.TOMBSTONED;
        }
        return Missing.FILLED_MEANWHILE;
    }
}
