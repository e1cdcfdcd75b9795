package org.greenledger.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.bson.Document;
import org.greenledger.kernel.failure.IllegalTransition;
import org.greenledger.kernel.failure.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds read models from the events while the ones in use keep answering (issue 8, verified
 * rebuilds). A rebuild fills the read model's next generation ({@link ReadModelGenerations}) with a
 * fresh instance of its projection run by a standalone tracking processor from the first event,
 * tokens in memory, never ahead of the processor in use ({@link BoundedEvents}). Once it is within
 * {@code catch-up-distance} of that processor, the processor is paused, the rebuild reads exactly the
 * events it had read, both
 * generations' checksums are taken, the generation in use is switched (one document write, and every
 * projection and query follows it), and the processor in use resumes from its own token on the new
 * generation. The replaced generation is dropped a little later. A failure before the switch leaves
 * the generation in use untouched and drops the half-built one.
 * <p>
 * Rebuilds are kept in memory: a restart forgets them, and one interrupted by it leaves its generation
 * to be dropped by the next rebuild of the same read model. One instance of the query service is
 * assumed: another would not see the switch.
 */
public class ReadModelRebuilds implements AutoCloseable {

    public static final String ALL = "all";
    private static final Logger logger = LoggerFactory.getLogger(ReadModelRebuilds.class);

    private final Map<String, ReadModelCollections> readModels = new TreeMap<>();
    private final ReadModelGenerations generations;
    private final Supplier<Configuration> axon;
    private final RebuildSettings settings;
    private final Clock clock;
    private final Map<String, Running> rebuilds = new LinkedHashMap<>();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "read-model-rebuilds");
        thread.setDaemon(true);
        return thread;
    });
    private volatile long head = -1;

    public ReadModelRebuilds(List<ReadModelCollections> readModels, ReadModelGenerations generations,
                             Supplier<Configuration> axon, RebuildSettings settings, Clock clock) {
        readModels.forEach(readModel -> this.readModels.put(readModel.processingGroup(), readModel));
        this.generations = generations;
        this.axon = axon;
        this.settings = settings;
        this.clock = clock;
        long every = settings.pollInterval().toMillis();
        worker.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts a rebuild of the read model of {@code processingGroup}, or of every read model for {@value #ALL}:
     * 400 for a group that keeps no read model, 409 if one of them is being rebuilt already (then none starts).
     */
    public synchronized List<Rebuild> start(String processingGroup) {
        List<ReadModelCollections> chosen;
        if (ALL.equals(processingGroup)) {
            chosen = List.copyOf(readModels.values());
        } else if (readModels.containsKey(processingGroup)) {
            chosen = List.of(readModels.get(processingGroup));
        } else {
            throw new InvalidInput("audit.unknown-read-model", "processingGroup", "processingGroup is " + ALL
                    + " or one of " + readModels.keySet() + "; '" + processingGroup + "' is none.");
        }
        for (ReadModelCollections readModel : chosen) {
            for (Running running : rebuilds.values()) {
                if (running.readModel == readModel && running.active()) {
                    throw new IllegalTransition("audit.rebuild-running", "The read model " + readModel.processingGroup()
                            + " is being rebuilt already (rebuild " + running.id + ", " + running.state + ").");
                }
            }
        }
        head = position(axon.get().eventStore().createHeadToken());
        List<Rebuild> started = new ArrayList<>();
        for (ReadModelCollections readModel : chosen) {
            Running running = new Running(readModel);
            running.begin();
            rebuilds.put(running.id, running);
            started.add(running.view());
        }
        return started;
    }

    /** Every rebuild since the service started, oldest first. */
    public synchronized List<Rebuild> all() {
        return rebuilds.values().stream().map(Running::view).toList();
    }

    public synchronized Optional<Rebuild> find(String id) {
        return Optional.ofNullable(rebuilds.get(id)).map(Running::view);
    }

    /** Stops rebuilds still running; their generations stay behind, to be dropped by the next rebuild. */
    @Override
    public synchronized void close() {
        worker.shutdownNow();
        for (Running running : rebuilds.values()) {
            if (running.active()) {
                running.processor.shutDown();
            }
        }
    }

    private void tick() {
        List<Running> active;
        synchronized (this) {
            active = rebuilds.values().stream().filter(Running::active).toList();
        }
        if (active.isEmpty()) {
            return;
        }
        try {
            head = position(axon.get().eventStore().createHeadToken());
        } catch (RuntimeException e) {
            logger.warn("The store's head could not be read for the rebuilds' progress: {}", e.toString());
        }
        for (Running running : active) {
            try {
                running.tick();
            } catch (RuntimeException e) {
                running.fail(e.getMessage() == null ? e.toString() : e.getMessage(), e);
            }
        }
    }

    private static long position(TrackingToken token) {
        TrackingToken lower = WrappedToken.unwrapLowerBound(token);
        return lower == null ? -1 : lower.position().orElse(-1);
    }

    private final class Running {

        final String id = UUID.randomUUID().toString();
        final ReadModelCollections readModel;
        final String group;
        final long from;
        final long to;
        final Instant startedAt = clock.instant();
        final AtomicReference<String> failure = new AtomicReference<>();
        final BoundedEvents events;
        TrackingEventProcessor processor;
        volatile Rebuild.State state = Rebuild.State.REPLAYING;
        volatile String reason;
        volatile Instant finishedAt;
        volatile RebuildProgress finalProgress;
        volatile ReadModelChecksums.Checksum before;
        volatile ReadModelChecksums.Checksum after;
        Instant lastLogged = startedAt;

        Running(ReadModelCollections readModel) {
            this.readModel = readModel;
            this.group = readModel.processingGroup();
            this.from = generations.current(group);
            this.to = from + 1;
            this.events = new BoundedEvents(axon.get().eventStore());
        }

        boolean active() {
            return state == Rebuild.State.REPLAYING || state == Rebuild.State.SWITCHING;
        }

        /** Empties the new generation (a rebuild cut short may have left it), gives it the indexes in use, replays into it. */
        void begin() {
            liveProcessor();
            ReadModelCollections.Lookup current = generations.of(from);
            ReadModelCollections.Lookup next = generations.of(to);
            generations.drop(readModel, to);
            for (String collection : readModel.collections()) {
                copyIndexes(current.get(collection), next.get(collection));
            }
            Object projection = readModel.projection().writingTo(next);
            Configuration configuration = axon.get();
            SimpleEventHandlerInvoker invoker = SimpleEventHandlerInvoker.builder()
                    .eventHandlers(projection)
                    .parameterResolverFactory(configuration.parameterResolverFactory())
                    .handlerDefinition(configuration.handlerDefinition(projection.getClass()))
                    .listenerInvocationErrorHandler((exception, event, handler) -> {
                        failure.compareAndSet(null, "the projection failed on " + event.getPayloadType().getSimpleName()
                                + " (" + event.getIdentifier() + "): " + exception.getMessage());
                        throw exception;
                    })
                    .build();
            processor = TrackingEventProcessor.builder()
                    .name("rebuild-" + group)
                    .eventHandlerInvoker(invoker)
                    .messageSource(events)
                    .tokenStore(new InMemoryTokenStore())
                    .transactionManager(NoTransactionManager.INSTANCE)
                    .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                            .andBatchSize(settings.batchSize())
                            .andEventAvailabilityTimeout(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS)
                            .andInitialTrackingToken(StreamableMessageSource::createTailToken))
                    .build();
            processor.start();
            logger.info("Rebuild {} of {} started: generation {} replaces {}, {} events in the store", id, group, to, from,
                    RebuildProgress.eventsThrough(head));
        }

        void tick() {
            if (failure.get() != null) {
                fail(failure.get(), null);
                return;
            }
            Instant now = clock.instant();
            if (!Duration.between(lastLogged, now).minus(settings.progressInterval()).isNegative()) {
                lastLogged = now;
                log("replaying");
            }
            StreamingEventProcessor live = liveProcessor();
            TrackingToken reached;
            try {
                reached = liveToken(live);
            } catch (UnableToClaimTokenException starting) {
                return; // the processor in use is starting and holds its token: ask again at the next tick
            }
            if (reached != null) {
                events.trail(reached);
            }
            if (live.isRunning() && reached != null
                    && rebuildPosition() >= position(reached) - settings.catchUpDistance()) {
                switchOver();
            }
        }

        /**
         * Pauses the processor in use, lets the rebuild read exactly what it read, compares, switches, resumes it:
         * on the new generation, from its own token. Nothing is lost: the rebuilt generation holds every event the
         * paused processor had handled, and that processor goes on from there.
         */
        void switchOver() {
            state = Rebuild.State.SWITCHING;
            log("caught up, switching");
            StreamingEventProcessor live = liveProcessor();
            live.shutDown();
            try {
                TrackingToken paused = storedToken(live.getName());
                events.stopAt(paused);
                awaitRebuildCovers(paused);
                // Held at the limit, the rebuild writes nothing more: no need to wait for its processor to stop.
                long processed = RebuildProgress.eventsThrough(rebuildPosition());
                finalProgress = RebuildProgress.of(processed, processed, Duration.between(startedAt, clock.instant()));
                processor.shutdownAsync();
                after = ReadModelChecksums.of(readModel, generations.of(to));
                generations.switchTo(group, to, clock.instant());
            } catch (RuntimeException e) {
                live.start();
                throw e;
            }
            live.start();
            // Nothing writes the replaced generation any more, so its checksum need not hold the processor in use.
            try {
                before = ReadModelChecksums.of(readModel, generations.of(from));
            } catch (RuntimeException e) {
                reason = "switched, but the replaced generation's checksum could not be taken: " + e.getMessage();
            }
            finishedAt = clock.instant();
            state = Rebuild.State.DONE;
            if (before == null) {
                logger.warn("Rebuild {} of {} done, {}", id, group, reason);
            } else if (before.sha256().equals(after.sha256())) {
                log("done, checksum identical " + after.sha256());
            } else {
                logger.warn("Rebuild {} of {} done, checksums DIFFER: in use was {} ({} documents), rebuilt is {} ({} documents)",
                        id, group, before.sha256(), before.documents(), after.sha256(), after.documents());
            }
            worker.schedule(() -> drop(from), settings.dropDelay().toMillis(), TimeUnit.MILLISECONDS);
        }

        void awaitRebuildCovers(TrackingToken paused) {
            TrackingToken limit = WrappedToken.unwrapLowerBound(paused);
            long deadline = System.nanoTime() + settings.switchTimeout().toNanos();
            while (!covers(limit)) {
                if (failure.get() != null) {
                    throw new IllegalStateException(failure.get());
                }
                if (System.nanoTime() - deadline >= 0) {
                    throw new IllegalStateException("the rebuild did not reach position " + position(limit)
                            + " of the processor in use within " + settings.switchTimeout());
                }
                sleep(Math.max(1, settings.pollInterval().toMillis() / 4));
            }
        }

        boolean covers(TrackingToken limit) {
            if (position(limit) < 0) {
                return true;
            }
            Map<Integer, EventTrackerStatus> status = processor.processingStatus();
            if (status.size() != 1) {
                return false;
            }
            TrackingToken rebuilt = WrappedToken.unwrapLowerBound(status.values().iterator().next().getTrackingToken());
            return rebuilt != null && rebuilt.covers(limit);
        }

        void fail(String why, RuntimeException cause) {
            if (!active()) {
                return;
            }
            reason = why;
            finalProgress = finalProgress != null ? finalProgress : progress();
            finishedAt = clock.instant();
            state = Rebuild.State.FAILED;
            logger.error("Rebuild {} of {} failed, generation {} stays in use: {}", id, group, from, why, cause);
            processor.shutDown();
            if (generations.current(group) != to) {
                drop(to);
            }
        }

        void drop(long generation) {
            generations.drop(readModel, generation);
            logger.info("Rebuild {} of {}: generation {} dropped", id, group, generation);
        }

        StreamingEventProcessor liveProcessor() {
            EventProcessor processor = axon.get().eventProcessingConfiguration().eventProcessorByProcessingGroup(group)
                    .orElseThrow(() -> new IllegalStateException("no event processor keeps " + group));
            if (!(processor instanceof StreamingEventProcessor streaming)) {
                throw new IllegalStateException("the processor of " + group + " does not track the store");
            }
            return streaming;
        }

        /**
         * What the processor in use has handled: its segment's token while it runs, the stored one while it is
         * stopped; null while it is starting or stopping, or split into several segments.
         */
        TrackingToken liveToken(StreamingEventProcessor live) {
            if (!live.isRunning()) {
                return storedToken(live.getName());
            }
            Map<Integer, EventTrackerStatus> status = live.processingStatus();
            if (status.size() != 1) {
                return null;
            }
            TrackingToken token = status.values().iterator().next().getTrackingToken();
            return token == null ? null : WrappedToken.unwrapLowerBound(token);
        }

        long rebuildPosition() {
            return processor.processingStatus().values().stream()
                    .mapToLong(segment -> position(segment.getTrackingToken())).max().orElse(-1);
        }

        /** A stopped processor's token, as it stored it; a rebuild follows a processor of one segment. */
        TrackingToken storedToken(String processorName) {
            TokenStore tokens = axon.get().eventProcessingConfiguration().tokenStore(processorName);
            int[] segments = tokens.fetchSegments(processorName);
            if (segments.length != 1) {
                throw new IllegalStateException("the processor " + processorName + " has " + segments.length
                        + " segments; a rebuild switches over from a processor of one segment only");
            }
            TrackingToken token = tokens.fetchToken(processorName, segments[0]);
            tokens.releaseClaim(processorName, segments[0]);
            return token == null ? events.createTailToken() : WrappedToken.unwrapLowerBound(token);
        }

        RebuildProgress progress() {
            return RebuildProgress.of(RebuildProgress.eventsThrough(rebuildPosition()), RebuildProgress.eventsThrough(head),
                    Duration.between(startedAt, clock.instant()));
        }

        void log(String what) {
            RebuildProgress progress = finalProgress != null ? finalProgress : progress();
            logger.info("Rebuild {} of {}: {}; {} of {} events, {}/s, {} s left", id, group, what, progress.processed(),
                    progress.total(), progress.perSecond(), progress.secondsLeft());
        }

        Rebuild view() {
            RebuildProgress progress = finalProgress != null ? finalProgress : progress();
            Boolean identical = before == null || after == null ? null : before.sha256().equals(after.sha256());
            return new Rebuild(id, group, state, reason, from, to, progress, startedAt, finishedAt, before, after, identical);
        }
    }

    private static void copyIndexes(MongoCollection<Document> from, MongoCollection<Document> to) {
        for (Document index : from.listIndexes()) {
            if ("_id_".equals(index.getString("name"))) {
                continue;
            }
            to.createIndex(index.get("key", Document.class), new IndexOptions().name(index.getString("name"))
                    .unique(index.getBoolean("unique", false)).sparse(index.getBoolean("sparse", false)));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while switching over", e);
        }
    }
}
