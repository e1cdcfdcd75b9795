package org.greenledger.eventstore;

import java.util.OptionalLong;

/**
 * The global position of the last event the current thread appended, for read-your-writes: the command
 * API returns it, and a client asks the query side to wait until its projection has passed it.
 * <p>
 * {@link MongoEventStorageEngine} records the position in the thread that appends, which is the thread
 * that dispatched the command only when dispatch is synchronous (Axon's {@code SimpleCommandBus}, where
 * the handler, its unit of work and the append all run in the caller's thread). With an asynchronous or
 * distributed command bus the value would be absent or belong to another command. Call {@link #clear()}
 * before dispatching, read {@link #last()} after the command returned. When one dispatch appends several
 * times (nested units of work), the highest position is kept.
 */
public final class AppendedPositions {

    private static final ThreadLocal<Long> LAST = new ThreadLocal<>();

    private AppendedPositions() {
    }

    /**
     * Forgets what this thread appended before, so that {@link #last()} reports only what follows.
     */
    public static void clear() {
        LAST.remove();
    }

    /**
     * @return the global position of the last event this thread appended since {@link #clear()}, or empty
     *         when it appended nothing
     */
    public static OptionalLong last() {
        Long last = LAST.get();
        return last == null ? OptionalLong.empty() : OptionalLong.of(last);
    }

    static void record(long position) {
        Long last = LAST.get();
        if (last == null || position > last) {
            LAST.set(position);
        }
    }
}
