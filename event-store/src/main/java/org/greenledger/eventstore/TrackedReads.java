package org.greenledger.eventstore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

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
     * positions, capped at the last allocated one. If a whole window holds only tombstones, the next window
     * is read in the same call, so a processor never stalls behind settled positions.
     */
    List<TrackedEventData<?>> fetch(GapAwareTrackingToken token, int batchSize) {
        long index = token.getIndex();
        NavigableSet<Long> gaps = new TreeSet<>(token.getGaps());
        List<TrackedEventData<?>> batch = new ArrayList<>();
        long from = index + 1;
        boolean includeGaps = !gaps.isEmpty();
        while (true) {
            long next = store.nextPosition();
            long to = Math.min(from + batchSize - 1, next - 1);
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
            noteMissing(candidates, covering);
            boolean blocked = false;
            Long rereadFrom = null;
            for (long position : candidates) {
                Document commit = covering.get(position);
                if (commit == null) {
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
            if (blocked || !batch.isEmpty() || to >= next - 1) {
                return batch;
            }
            includeGaps = false;
            from = to + 1;
        }
    }

    /**
     * The position of the last stored event, with the positions still in flight below it as gaps, so a
     * processor starting at the head still receives the commits that were under way when it started
     * (their commands had not returned yet). Looks back one window of {@code window} positions.
     */
    GapAwareTrackingToken head(int window) {
        long next = store.nextPosition();
        long start = Math.max(0, next - window);
        NavigableSet<Long> positions = new TreeSet<>();
        for (long position = start; position < next; position++) {
            positions.add(position);
        }
        Map<Long, Document> covering = covering(positions);
        long index = start - 1;
        List<Long> inFlight = new ArrayList<>();
        for (long position : positions) {
            if (covering.containsKey(position)) {
                index = position;
            } else {
                inFlight.add(position);
            }
        }
        long head = index;
        return GapAwareTrackingToken.newInstance(head, inFlight.stream().filter(p -> p < head).toList());
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
    private void noteMissing(NavigableSet<Long> candidates, Map<Long, Document> covering) {
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
