package org.greenledger.bench;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Where a measurement's time went, as the driver sees it: every server round trip, by command and
 * collection, with its count and time from request to reply. Cheap enough to stay on for every figure.
 */
final class Breakdown implements CommandListener {

    /** Round trips of one kind during one measurement. */
    record Calls(String call, long count, long nanos) {

        double millisEach() {
            return count == 0 ? 0 : nanos / 1e6 / count;
        }
    }

    private final Map<Integer, String> inFlight = new ConcurrentHashMap<>();
    private final AtomicReference<Map<String, LongAdder[]>> current = new AtomicReference<>(new ConcurrentHashMap<>());

    @Override
    public void commandStarted(CommandStartedEvent event) {
        inFlight.put(event.getRequestId(), event.getCommandName() + " " + collection(event));
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        record(inFlight.remove(event.getRequestId()), event.getElapsedTime(TimeUnit.NANOSECONDS));
    }

    @Override
    public void commandFailed(CommandFailedEvent event) {
        String call = inFlight.remove(event.getRequestId());
        record(call == null ? null : call + " (failed)", event.getElapsedTime(TimeUnit.NANOSECONDS));
    }

    /**
     * The calls since the last drain, most time first; starts counting afresh.
     */
    List<Calls> drain() {
        Map<String, LongAdder[]> calls = current.getAndSet(new ConcurrentHashMap<>());
        return calls.entrySet().stream()
                    .map(e -> new Calls(e.getKey(), e.getValue()[0].sum(), e.getValue()[1].sum()))
                    .sorted(Comparator.comparingLong(Calls::nanos).reversed())
                    .toList();
    }

    /**
     * The calls of both lists, counted together.
     */
    static List<Calls> merge(List<Calls> a, List<Calls> b) {
        Map<String, Calls> merged = new LinkedHashMap<>();
        for (Calls calls : a) {
            merged.put(calls.call(), calls);
        }
        for (Calls calls : b) {
            merged.merge(calls.call(), calls,
                         (x, y) -> new Calls(x.call(), x.count() + y.count(), x.nanos() + y.nanos()));
        }
        return merged.values().stream().sorted(Comparator.comparingLong(Calls::nanos).reversed()).toList();
    }

    static String describe(List<Calls> calls, long operations, String per) {
        long total = calls.stream().mapToLong(Calls::nanos).sum();
        StringBuilder text = new StringBuilder();
        for (Calls call : calls) {
            if (call.nanos() * 50 < total) {
                continue;
            }
            text.append(String.format(Locale.ROOT, "    %-28s %6.2f per %s  %7.3f ms each  %3.0f %%%n", call.call(),
                                      (double) call.count() / Math.max(1, operations), per, call.millisEach(),
                                      100.0 * call.nanos() / Math.max(1, total)));
        }
        return text.toString();
    }

    private void record(String call, long nanos) {
        if (call == null) {
            return;
        }
        LongAdder[] adders = current.get()
                                    .computeIfAbsent(call, c -> new LongAdder[] {new LongAdder(), new LongAdder()});
        adders[0].increment();
        adders[1].add(nanos);
    }

    private static String collection(CommandStartedEvent event) {
        BsonDocument command = event.getCommand();
        BsonValue target = "getMore".equals(event.getCommandName())
                ? command.get("collection")
                : command.get(event.getCommandName());
        return target != null && target.isString() ? target.asString().getValue() : "";
    }
}
