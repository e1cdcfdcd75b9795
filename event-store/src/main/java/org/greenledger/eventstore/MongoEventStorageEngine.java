package org.greenledger.eventstore;

import static org.axonframework.common.BuilderUtils.assertNonNull;
import static org.axonframework.common.BuilderUtils.assertThat;

import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Axon's event storage on MongoDB, the system of record: one document per append ("commit") in
 * {@code commits}, a global order allocated from a counter in {@code counters}, and one snapshot per
 * aggregate in {@code snapshots}. It replaces axon-mongo's engine, whose tracking reads skip an event
 * whose insert lands after a later one.
 * <ul>
 * <li><b>Commits.</b> Each {@code appendEvents} call becomes one document (see {@link Commits}), so the
 * events of a unit of work, even of several aggregates, are stored atomically without transactions.
 * <li><b>Global order.</b> A commit of {@code n} events takes positions {@code [p, p+n)} from the atomic
 * counter, leased ahead during a burst of appends so that most appends cost one round trip (see
 * {@link PositionLeases}); event {@code i} has position {@code p+i}. The commit's {@code _id} is {@code p} and
 * its {@code pos} array, under a unique index, lists all its positions, so a duplicate allocation or a
 * position a reader has tombstoned is refused by the store, never stored twice.
 * <li><b>Concurrency.</b> The unique {@code keys} index ({@code aggregateId#seq} per event) refuses a
 * second event at a sequence number: Axon's {@code ConcurrencyException}, or
 * {@code AggregateStreamCreationException} at sequence 0, through the persistence exception resolver as
 * Axon's contract requires. Two events of one append with the same identifier or sequence are refused the
 * same way.
 * <li><b>Tracking.</b> In position order, never skipping a committed event; see {@link TrackedReads}.
 * <li><b>Aggregates.</b> Read by exact {@code keys $in} lookups of the next sequence numbers, in windows
 * growing from 16 to {@code batchSize}, from any sequence number (so also from a snapshot in the middle of a commit). Axon numbers an
 * aggregate's events without holes; a stream with a hole (only possible by appending by hand) would be
 * read only up to the first window without events.
 * </ul>
 * Every hot-path query is an exact lookup on {@code _id} or a unique index, which the embedded
 * mongo-java-server serves from its index and a real MongoDB as well; see {@link CommitStore}.
 */
public class MongoEventStorageEngine extends BatchingEventStorageEngine {

    private static final Logger logger = LoggerFactory.getLogger(MongoEventStorageEngine.class);
    private static final int APPEND_ATTEMPTS = 5;
    private static final int FIRST_AGGREGATE_WINDOW = 16;
    private static final Bson STREAM_PROJECTION = Projections.include(
            Commits.EVENTS + "." + Commits.AGGREGATE_ID, Commits.EVENTS + "." + Commits.SEQ);

    private final CommitStore store;
    private final Clock clock;
    private final TrackedReads trackedReads;
    private final PositionLeases leases;

    protected MongoEventStorageEngine(Builder builder) {
        super(builder);
        this.store = builder.store.apply(builder.database);
        this.clock = builder.clock;
        this.trackedReads = new TrackedReads(store, builder.clock, builder.gapTimeout);
        this.leases = new PositionLeases(store, builder.clock, builder.maxPositionLease);
        store.ensureSchema();
    }

    /**
     * A builder; {@link Builder#database}, {@link Builder#eventSerializer} and
     * {@link Builder#snapshotSerializer} are required.
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        refuseDuplicatesWithin(events);
        List<Document> serialized = events.stream().map(event -> Commits.event(event, serializer)).toList();
        for (int attempt = 1; attempt <= APPEND_ATTEMPTS; attempt++) {
            long first = leases.take(events.size());
            try {
                store.insertCommit(Commits.commit(first, clock.instant(), serialized));
                AppendedPositions.record(first + events.size() - 1);
                return;
            } catch (MongoException e) {
                List<Long> positions = range(first, events.size());
                List<Document> covering = store.findCovering(positions);
                if (!landed(covering, first, events) && !abandon(first, events.size())) {
                    // Something took a position we held after we looked: a reader's tombstone, or our own
                    // insert, applied late (the connection dropped while the server still had it).
                    covering = store.findCovering(positions);
                }
                if (landed(covering, first, events)) {
                    // The insert landed although the call failed (say, a connection lost after the write).
                    AppendedPositions.record(first + events.size() - 1);
                    return;
                }
                boolean duplicateKey = e instanceof MongoWriteException writeError
                        && CommitStore.isDuplicateKey(writeError);
                if (!duplicateKey) {
                    handlePersistenceException(e, events.get(0));
                }
                if (covering.isEmpty()) {
                    handlePersistenceException(e, conflicting(events));
                }
                leases.discard();
                logger.warn("Positions {}..{} were tombstoned before this commit landed (attempt {}); "
                                    + "storing it at new positions", first, first + events.size() - 1, attempt);
            }
        }
        throw new EventStoreException("A commit of " + events.size() + " events lost its positions to readers' "
                                              + "tombstones " + APPEND_ATTEMPTS + " times; is the gap timeout "
                                              + "shorter than an insert takes?");
    }

    private static List<Long> range(long first, int count) {
        return LongStream.range(first, first + count).boxed().toList();
    }

    private static boolean landed(List<Document> covering, long first, List<? extends EventMessage<?>> events) {
        return covering.stream().anyMatch(commit -> isOurs(commit, first, events));
    }

    private static boolean isOurs(Document commit, long first, List<? extends EventMessage<?>> events) {
        List<Document> stored = Commits.events(commit);
        return Commits.first(commit) == first && !stored.isEmpty()
                && events.get(0).getIdentifier().equals(stored.get(0).getString(Commits.EVENT_ID));
    }

    /**
     * Tombstones the positions a refused commit had reserved, so that readers pass them at once instead of
     * waiting out the gap timeout. Positions a reader already tombstoned are skipped.
     *
     * @return {@code false} when some position was already covered, so the caller must look again
     */
    private boolean abandon(long first, int count) {
        Instant now = clock.instant();
        if (store.insertTombstone(Commits.tombstone(first, count, now))) {
            return true;
        }
        for (long position = first; position < first + count; position++) {
            store.insertTombstone(Commits.tombstone(position, 1, now));
        }
        return false;
    }

    private void refuseDuplicatesWithin(List<? extends EventMessage<?>> events) {
        Set<String> identifiers = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (EventMessage<?> event : events) {
            boolean duplicate = !identifiers.add(event.getIdentifier());
            String key = keyOf(event);
            if (key != null && !keys.add(key)) {
                duplicate = true;
            }
            if (duplicate) {
                handlePersistenceException(new DuplicateKeys.WithinCommit(
                        "Event " + event.getIdentifier() + (key == null ? "" : " (" + key + ")")
                                + " appears twice in one append"), event);
            }
        }
    }

    private EventMessage<?> conflicting(List<? extends EventMessage<?>> events) {
        List<String> keys = events.stream().map(MongoEventStorageEngine::keyOf).filter(k -> k != null).toList();
        Set<String> taken = new HashSet<>();
        for (Document commit : store.findByKeys(keys)) {
            taken.addAll(commit.getList(Commits.KEYS, String.class, List.of()));
        }
        for (EventMessage<?> event : events) {
            if (taken.contains(keyOf(event))) {
                return event;
            }
        }
        return events.get(0);
    }

    private static String keyOf(EventMessage<?> event) {
        if (event instanceof DomainEventMessage<?> domainEvent && domainEvent.getAggregateIdentifier() != null) {
            return Commits.key(domainEvent.getAggregateIdentifier(), domainEvent.getSequenceNumber());
        }
        return null;
    }

    /**
     * Keeps the newest snapshot: an older or equal one arriving later is dropped. The replace is a
     * compare-and-swap on the snapshot's sequence number, so two snapshotters racing cannot put an older
     * snapshot over a newer one.
     */
    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        Document document = Commits.snapshot(snapshot, serializer);
        String aggregateId = snapshot.getAggregateIdentifier();
        while (true) {
            Document current = store.findSnapshot(aggregateId);
            if (current == null) {
                if (store.insertSnapshot(document)) {
                    return;
                }
                continue;
            }
            long currentSeq = Commits.seq(current);
            if (currentSeq >= snapshot.getSequenceNumber()
                    || store.replaceSnapshot(aggregateId, currentSeq, document)) {
                return;
            }
        }
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        Document snapshot = store.findSnapshot(aggregateIdentifier);
        return snapshot == null ? Stream.empty() : Stream.of((DomainEventData<?>) Commits.snapshotData(snapshot));
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        return trackedReads.fetch(gapAware(lastToken), batchSize);
    }

    /**
     * Up to {@code batchSize} events from {@code firstSequenceNumber}, looked up by key in windows that
     * start at {@value #FIRST_AGGREGATE_WINDOW} sequence numbers and double while they come back full: most
     * aggregates are read in one small lookup, since every key asked for that does not exist costs the server
     * an index probe (on the embedded H2 backend a B-tree descent each).
     */
    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier,
                                                                   long firstSequenceNumber, int batchSize) {
        long end = firstSequenceNumber + batchSize;
        List<Document> events = new ArrayList<>();
        long from = firstSequenceNumber;
        for (int window = FIRST_AGGREGATE_WINDOW; from < end; window *= 2) {
            long to = Math.min(end, from + window);
            int found = 0;
            List<String> keys = LongStream.range(from, to).mapToObj(seq -> Commits.key(aggregateIdentifier, seq))
                                          .toList();
            for (Document commit : store.findByKeys(keys)) {
                for (Document event : Commits.events(commit)) {
                    if (aggregateIdentifier.equals(event.getString(Commits.AGGREGATE_ID))
                            && Commits.seq(event) >= from && Commits.seq(event) < to) {
                        events.add(event);
                        found++;
                    }
                }
            }
            if (found < to - from) {
                break;
            }
            from = to;
        }
        events.sort(Comparator.comparingLong(Commits::seq));
        return events.stream().map(event -> (DomainEventData<?>) Commits.toEventData(event, null)).toList();
    }

    /**
     * The global position of each event of an aggregate's stream, indexed by sequence number (from
     * 0, without holes), by the same exact key lookups as a load. An auditor asks for a record's state
     * as of a position with it; Axon's aggregate reads carry no positions.
     */
    public List<Long> positions(String aggregateIdentifier) {
        SortedMap<Long, Long> bySeq = positionsBySequence(aggregateIdentifier);
        List<Long> positions = new ArrayList<>();
        for (long seq = 0; bySeq.containsKey(seq); seq++) {
            positions.add(bySeq.get(seq));
        }
        return positions;
    }

    /**
     * Every stored event of an aggregate by sequence number, holes and all: read in growing windows of
     * sequence numbers for as long as a window finds any, so a stream with an event missing (deleted by
     * hand) still shows what follows the hole, up to a window's width past it.
     */
    public SortedMap<Long, Long> positionsBySequence(String aggregateIdentifier) {
        SortedMap<Long, Long> bySeq = new TreeMap<>();
        long from = 0;
        for (int window = FIRST_AGGREGATE_WINDOW; ; window *= 2) {
            long to = from + window;
            int found = 0;
            List<String> keys = LongStream.range(from, to).mapToObj(seq -> Commits.key(aggregateIdentifier, seq)).toList();
            for (Document commit : store.findByKeys(keys)) {
                List<Document> events = Commits.events(commit);
                for (int i = 0; i < events.size(); i++) {
                    Document event = events.get(i);
                    if (aggregateIdentifier.equals(event.getString(Commits.AGGREGATE_ID))
                            && Commits.seq(event) >= from && Commits.seq(event) < to
                            && bySeq.put(Commits.seq(event), Commits.first(commit) + i) == null) {
                        found++;
                    }
                }
            }
            if (found == 0) {
                return bySeq;
            }
            from = to;
        }
    }

    /**
     * The stored events from {@code from} on, as stored, over at most {@code maxPositions} positions and up
     * to the first that is not settled: a position neither committed nor tombstoned may still receive a
     * commit (one in flight, until the gap timeout tombstones it), so nothing after it is final. A commit
     * that lacks the event its positions promise (a document edited by hand) ends the run there too. By
     * exact lookups of the positions, like a tracking read.
     */
    public SettledEvents settled(long from, int maxPositions) {
        if (from < 0 || maxPositions <= 0) {
            throw new IllegalArgumentException("Read from a position at least 0 over at least one position");
        }
        List<Long> positions = LongStream.range(from, from + maxPositions).boxed().toList();
        Map<Long, Document> covering = new HashMap<>();
        for (Document commit : store.findCovering(positions)) {
            long first = Commits.first(commit);
            for (long position = Math.max(first, from); position < first + Commits.count(commit); position++) {
                covering.put(position, commit);
            }
        }
        List<StoredEvent> events = new ArrayList<>();
        for (long position : positions) {
            Document commit = covering.get(position);
            if (commit == null) {
                return new SettledEvents(events, position);
            }
            if (Commits.isTombstone(commit)) {
                continue;
            }
            List<Document> stored = Commits.events(commit);
            int offset = (int) (position - Commits.first(commit));
            if (offset >= stored.size()) {
                return new SettledEvents(events, position);
            }
            events.add(stored(position, stored.get(offset)));
        }
        return new SettledEvents(events, from + maxPositions);
    }

    private static StoredEvent stored(long position, Document event) {
        Number seq = event.get(Commits.SEQ, Number.class);
        return new StoredEvent(position, event.getString(Commits.EVENT_ID), event.getString(Commits.AGGREGATE_TYPE),
                               event.getString(Commits.AGGREGATE_ID), seq == null ? null : seq.longValue(),
                               event.getString(Commits.PAYLOAD_TYPE), event.getString(Commits.REVISION),
                               event.getString(Commits.TIMESTAMP), event.getString(Commits.META),
                               event.getString(Commits.PAYLOAD));
    }

    /**
     * Finds the last sequence number by exact lookups, galloping then bisecting over sequence numbers
     * (about 2·log₂ n lookups), which relies on the stream starting at 0 without holes as Axon writes it.
     * A stream that does not start at 0 is found by a scan: correct, slow, and only for streams written by
     * hand.
     */
    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        Document start = store.findByKey(Commits.key(aggregateIdentifier, 0), STREAM_PROJECTION);
        if (start == null) {
            Long last = null;
            for (Document commit : store.scanAggregate(aggregateIdentifier)) {
                long inCommit = lastSeqIn(commit, aggregateIdentifier);
                last = last == null ? inCommit : Math.max(last, inCommit);
            }
            return Optional.ofNullable(last);
        }
        long known = lastSeqIn(start, aggregateIdentifier);
        long absent = -1;
        for (long step = 1; absent < 0; step *= 2) {
            Document found = store.findByKey(Commits.key(aggregateIdentifier, known + step), STREAM_PROJECTION);
            if (found == null) {
                absent = known + step;
            } else {
                known = lastSeqIn(found, aggregateIdentifier);
            }
        }
        while (absent - known > 1) {
            long middle = known + (absent - known) / 2;
            Document found = store.findByKey(Commits.key(aggregateIdentifier, middle), STREAM_PROJECTION);
            if (found == null) {
                absent = middle;
            } else {
                known = lastSeqIn(found, aggregateIdentifier);
            }
        }
        return Optional.of(known);
    }

    private static long lastSeqIn(Document commit, String aggregateIdentifier) {
        return Commits.events(commit).stream()
                      .filter(event -> aggregateIdentifier.equals(event.getString(Commits.AGGREGATE_ID)))
                      .mapToLong(Commits::seq)
                      .max()
                      .orElseThrow();
    }

    /**
     * Before position 0: a processor starting here reads everything.
     */
    @Override
    public TrackingToken createTailToken() {
        return GapAwareTrackingToken.newInstance(-1, Collections.emptySet());
    }

    /**
     * At the last stored event, with the commits still in flight below it as gaps: a processor that
     * starts at the head receives every commit whose command had not returned when it started. See
     * {@link TrackedReads#head}.
     */
    @Override
    public TrackingToken createHeadToken() {
        return trackedReads.head(batchSize());
    }

    /**
     * Just before the lowest position whose event timestamp is at or after {@code dateTime} (event
     * timestamps, not commit times, as Axon's contract expects), or the head if there is none. Scans all
     * commits: meant for the rare replay from a date.
     */
    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        long lowest = Long.MAX_VALUE;
        for (Document commit : store.scanEventTimes()) {
            List<Document> events = Commits.events(commit);
            for (int i = 0; i < events.size(); i++) {
                if (!Instant.parse(events.get(i).getString(Commits.TIMESTAMP)).isBefore(dateTime)) {
                    lowest = Math.min(lowest, Commits.first(commit) + i);
                    break;
                }
            }
        }
        return lowest == Long.MAX_VALUE
                ? createHeadToken()
                : GapAwareTrackingToken.newInstance(lowest - 1, Collections.emptySet());
    }

    private static GapAwareTrackingToken gapAware(TrackingToken token) {
        if (token == null) {
            return GapAwareTrackingToken.newInstance(-1, Collections.emptySet());
        }
        if (token instanceof GapAwareTrackingToken gapAware) {
            return gapAware;
        }
        throw new IllegalArgumentException("MongoEventStorageEngine reads from a GapAwareTrackingToken, not "
                                                   + token.getClass().getName() + ": " + token);
    }

    /**
     * Builds a {@link MongoEventStorageEngine}. Required: {@link #database}, {@link #eventSerializer},
     * {@link #snapshotSerializer}; unlike Axon's builders this one does not fall back to XStream, because
     * the store is the system of record and its format must be chosen, not defaulted. The persistence
     * exception resolver defaults to recognising MongoDB's duplicate-key error; the upcaster chain and
     * snapshot filter default as in Axon.
     */
    public static class Builder extends BatchingEventStorageEngine.Builder {

        private MongoDatabase database;
        private Duration gapTimeout = Duration.ofSeconds(10);
        private int maxPositionLease = 64;
        private Clock clock = Clock.systemUTC();
        private boolean eventSerializerSet;
        private boolean snapshotSerializerSet;
        private Function<MongoDatabase, CommitStore> store = CommitStore::new;

        protected Builder() {
            super.persistenceExceptionResolver(DuplicateKeys.INSTANCE);
        }

        /**
         * The database holding the collections {@code commits}, {@code snapshots} and {@code counters};
         * {@link #build()} creates their indexes if they are missing.
         */
        public Builder database(MongoDatabase database) {
            assertNonNull(database, "The MongoDatabase may not be null");
            this.database = database;
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            this.eventSerializerSet = true;
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            this.snapshotSerializerSet = true;
            return this;
        }

        @Override
        public Builder upcasterChain(EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder snapshotFilter(SnapshotFilter snapshotFilter) {
            super.snapshotFilter(snapshotFilter);
            return this;
        }

        /**
         * Decides which write errors mean "this key exists" (then Axon's concurrency exceptions are thrown);
         * {@code null} turns every write error into an {@link EventStoreException}.
         */
        @Override
        public Builder persistenceExceptionResolver(PersistenceExceptionResolver persistenceExceptionResolver) {
            super.persistenceExceptionResolver(persistenceExceptionResolver);
            return this;
        }

        /**
         * Positions read per tracking fetch and sequence numbers per aggregate read; default 100.
         */
        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        @Override
        public Builder finalAggregateBatchPredicate(
                Predicate<List<? extends DomainEventData<?>>> finalAggregateBatchPredicate) {
            super.finalAggregateBatchPredicate(finalAggregateBatchPredicate);
            return this;
        }

        /**
         * How long a position may stay missing, from when this engine first saw it missing, before a reader
         * tombstones it; default 10 s. Longer means a dead writer stalls processors longer; shorter means a
         * slow writer is more often sent to new positions (never lost either way).
         */
        public Builder gapTimeout(Duration gapTimeout) {
            assertNonNull(gapTimeout, "The gapTimeout may not be null");
            assertThat(gapTimeout, timeout -> !timeout.isNegative() && !timeout.isZero(),
                       "The gapTimeout must be positive");
            this.gapTimeout = gapTimeout;
            return this;
        }

        /**
         * The most positions one counter increment may lease ahead for a burst of appends; default 64, and 1
         * allocates every append on its own (a counter round trip each). See {@code PositionLeases}.
         */
        public Builder maxPositionLease(int maxPositionLease) {
            assertThat(maxPositionLease, lease -> lease >= 1, "The maxPositionLease must be at least 1");
            this.maxPositionLease = maxPositionLease;
            return this;
        }

        /**
         * The clock for commit timestamps and gap ages; default {@link Clock#systemUTC()}. Event timestamps
         * are Axon's, set when the event was created.
         */
        public Builder clock(Clock clock) {
            assertNonNull(clock, "The clock may not be null");
            this.clock = clock;
            return this;
        }

        /**
         * Replaces the store calls, for tests that delay or fail one of them.
         */
        Builder store(Function<MongoDatabase, CommitStore> store) {
            this.store = store;
            return this;
        }

        /**
         * @throws AxonConfigurationException when a required setting is missing
         */
        public MongoEventStorageEngine build() {
            return new MongoEventStorageEngine(this);
        }

        @Override
        protected void validate() throws AxonConfigurationException {
            assertNonNull(database, "The MongoDatabase is a hard requirement and should be provided");
            if (!eventSerializerSet) {
                throw new AxonConfigurationException(
                        "The event Serializer is a hard requirement and should be provided (JacksonSerializer)");
            }
            if (!snapshotSerializerSet) {
                throw new AxonConfigurationException(
                        "The snapshot Serializer is a hard requirement and should be provided (JacksonSerializer)");
            }
            super.validate();
        }
    }
}
