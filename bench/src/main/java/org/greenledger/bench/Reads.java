package org.greenledger.bench;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.model.Sorts;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.greenledger.bench.Report.Result;

/**
 * The read figures. For our store, in turn, so that their ratio compares like with like: the baseline, a raw
 * sorted scan that deserializes every payload; the engine's tracking stream on its own; and a processor
 * reset, timed until the processor has handled every stored event. Then axon-mongo's processor reset.
 */
final class Reads {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    /** Rounds are repeated for a median only while short: one of a million events is long enough to be steady. */
    private static final Duration REPEAT_WITHIN = Duration.ofSeconds(30);

    /** One pass over the store. */
    private record Pass(long events, long nanos, String note) {

        double rate() {
            return events * 1e9 / nanos;
        }
    }

    private final Recorder recorder;
    private final Serializer serializer;
    private final ObjectMapper mapper = new ObjectMapper();

    Reads(Recorder recorder, Serializer serializer) {
        this.recorder = recorder;
        this.serializer = serializer;
    }

    void measure(Column column, Ours ours, AxonMongo axonMongo, long axonMongoUpTo) {
        measureOurs(column, ours);
        if (column.withAxonMongo()) {
            measureAxonMongo(column, axonMongo);
        } else {
            recorder.skipAxonMongo(column, Figure.REPLAY_AXON_MONGO, axonMongoUpTo);
        }
    }

    private void measureOurs(Column column, Ours ours) {
        ReplayCount counter = new ReplayCount();
        Configuration configuration = AxonApp.replaySide(ours, serializer, counter);
        configuration.start();
        try {
            TrackingEventProcessor processor = AxonApp.processor(configuration, ReplayCount.PROCESSOR);
            AxonApp.awaitCaughtUp(processor, START_TIMEOUT);
            Duration cap = column.replayCap();
            Map<Figure, Supplier<Pass>> passes = new EnumMap<>(Figure.class);
            passes.put(Figure.SCAN_RAW, () -> scan(ours, cap));
            passes.put(Figure.STREAM_OURS, () -> stream(ours, cap));
            passes.put(Figure.REPLAY_OURS, () -> replay(processor, counter, ours, cap));
            Map<Figure, List<Pass>> done = new EnumMap<>(Figure.class);
            Map<Figure, List<Breakdown.Calls>> calls = new EnumMap<>(Figure.class);
            Recorder.Span span = recorder.start();
            for (int round = 0; round < column.runs().runs() && (round == 0 || !longEnough(span)); round++) {
                passes.forEach((figure, pass) -> {
                    done.computeIfAbsent(figure, f -> new ArrayList<>()).add(pass.get());
                    calls.merge(figure, recorder.calls(), Breakdown::merge);
                });
            }
            done.forEach((figure, figurePasses) ->
                    recorder.record(column, figure, figured(figurePasses, calls.get(figure)), span));
        } finally {
            AxonApp.shutDown(configuration);
        }
    }

    private void measureAxonMongo(Column column, AxonMongo axonMongo) {
        ReplayCount counter = new ReplayCount();
        Configuration configuration = AxonApp.replaySide(axonMongo, serializer, counter);
        configuration.start();
        try {
            TrackingEventProcessor processor = AxonApp.processor(configuration, ReplayCount.PROCESSOR);
            AxonApp.awaitCaughtUp(processor, START_TIMEOUT);
            Recorder.Span span = recorder.start();
            Pass pass = replay(processor, counter, axonMongo, column.axonMongoReplayCap());
            recorder.record(column, Figure.REPLAY_AXON_MONGO, figured(List.of(pass), recorder.calls()), span);
        } finally {
            AxonApp.shutDown(configuration);
        }
    }

    private static boolean longEnough(Recorder.Span span) {
        return span.seconds() > REPEAT_WITHIN.toSeconds();
    }

    private static Recorder.Figured figured(List<Pass> passes, List<Breakdown.Calls> calls) {
        String note = passes.stream().map(Pass::note).filter(n -> n != null).findFirst().orElse(null);
        double median = Runs.median(passes.stream().map(Pass::rate).toList());
        return new Recorder.Figured(new Result(median, note), passes.stream().mapToLong(Pass::events).sum(), "event",
                                    calls);
    }

    /**
     * Every commit of our store in position order, with a batch size, and Jackson's {@code readTree} of each
     * event's payload.
     */
    private Pass scan(Ours ours, Duration cap) {
        long start = System.nanoTime();
        long deadline = start + cap.toNanos();
        long events = 0;
        for (Document commit : ours.commits().find().sort(Sorts.ascending("_id")).batchSize(1_000)) {
            for (Document event : commit.getList("events", Document.class, List.of())) {
                readTree(event.getString("payload"));
                events++;
            }
            if (System.nanoTime() > deadline) {
                return new Pass(events, System.nanoTime() - start, stopped("scan", cap, events, ours));
            }
        }
        return new Pass(events, System.nanoTime() - start, null);
    }

    /**
     * The engine's part of a replay: its tracking stream from the tail, each payload deserialized, without a
     * processor (no unit of work, no token store, no handler).
     */
    private static Pass stream(Ours ours, Duration cap) {
        long start = System.nanoTime();
        long deadline = start + cap.toNanos();
        long events = 0;
        try (Stream<? extends TrackedEventMessage<?>> stream =
                     ours.engine.readEvents(ours.engine.createTailToken(), false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = stream.iterator();
            while (iterator.hasNext()) {
                if (!(iterator.next().getPayload() instanceof Deposited)) {
                    throw new IllegalStateException("The store holds an event that is not a deposit");
                }
                events++;
                if (System.nanoTime() > deadline) {
                    return new Pass(events, System.nanoTime() - start, stopped("stream", cap, events, ours));
                }
            }
        }
        String note = events == ours.stored() ? null : String.format(
                Locale.ROOT, "the stream ended after %,d of %,d events", events, ours.stored());
        return new Pass(events, System.nanoTime() - start, note);
    }

    /**
     * Resets the {@link ReplayCount} processor to the tail and times it until it has handled every stored
     * event (or the cap has passed): the time a processor reset takes, its restart included.
     */
    private static Pass replay(TrackingEventProcessor processor, ReplayCount counter, Contender contender,
                               Duration cap) {
        long expected = contender.stored();
        processor.shutDown();
        processor.resetTokens(StreamableMessageSource::createTailToken);
        long start = System.nanoTime();
        long deadline = start + cap.toNanos();
        processor.start();
        while (counter.events() < expected && System.nanoTime() < deadline) {
            AxonApp.sleep(2);
        }
        long events = counter.events();
        String note = events >= expected ? null : stopped(contender.name + " replay", cap, events, contender);
        return new Pass(events, System.nanoTime() - start, note);
    }

    private static String stopped(String what, Duration cap, long events, Contender contender) {
        return String.format(Locale.ROOT, "%s stopped after %d s: %,d of %,d events", what, cap.toSeconds(), events,
                             contender.stored());
    }

    private void readTree(String json) {
        try {
            mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
