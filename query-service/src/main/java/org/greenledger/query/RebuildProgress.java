package org.greenledger.query;

import java.time.Duration;

/**
 * How far a rebuild has got, in events of the global stream (positions count from 0, so an event's
 * position plus one events are behind it).
 *
 * @param processed   events read so far
 * @param total       events to read: the store's head, never less than {@code processed}
 * @param perSecond   events read per second since the start
 * @param secondsLeft at that rate, until {@code total}; {@code null} while there is no rate yet
 */
public record RebuildProgress(long processed, long total, long perSecond, Long secondsLeft) {

    static RebuildProgress of(long processed, long total, Duration elapsed) {
        long atLeast = Math.max(total, processed);
        long millis = elapsed.toMillis();
        long perSecond = millis <= 0 ? 0 : processed * 1000 / millis;
        Long secondsLeft;
        if (processed >= atLeast) {
            secondsLeft = 0L;
        } else if (perSecond == 0) {
            secondsLeft = null;
        } else {
            secondsLeft = (atLeast - processed + perSecond - 1) / perSecond;
        }
        return new RebuildProgress(processed, atLeast, perSecond, secondsLeft);
    }

    /** Events read once a token is at {@code position} (-1: none yet). */
    static long eventsThrough(long position) {
        return Math.max(0, position + 1);
    }
}
