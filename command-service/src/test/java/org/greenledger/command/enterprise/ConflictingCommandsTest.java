package org.greenledger.command.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.greenledger.command.enterprise.EnterpriseFixtures.BAOSHAN;
import static org.greenledger.command.enterprise.EnterpriseFixtures.CLOCK;
import static org.greenledger.command.enterprise.EnterpriseFixtures.NAME;
import static org.greenledger.command.enterprise.EnterpriseFixtures.STEEL;
import static org.greenledger.command.enterprise.EnterpriseFixtures.USCC;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.Serializer;
import org.greenledger.contracts.enterprise.ChangeProfile;
import org.greenledger.contracts.enterprise.EnergyAuditRecorded;
import org.greenledger.contracts.enterprise.EnterpriseRegistered;
import org.greenledger.contracts.enterprise.ProfileChanged;
import org.greenledger.contracts.enterprise.RecordEnergyAudit;
import org.greenledger.contracts.enterprise.RegisterEnterprise;
import org.greenledger.eventstore.MongoEventStorageEngine;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.failure.IllegalTransition;
import org.greenledger.platform.store.AxonJackson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Sixteen threads send conflicting commands to the same two enterprises through Axon's command gateway,
 * against our storage engine on the embedded server. One JVM's repository locks an aggregate per command,
 * so the threads are split over four independent Axon configurations, each with its own engine, locks and
 * (if any) cache, as four command-service instances on one database would be: they load the same version of
 * an aggregate, decide at once, and only the store's unique index lets one of them win. The problem advice
 * answers the refusals with 409 ({@code ProblemTest} in platform covers that mapping).
 */
class ConflictingCommandsTest {

    private static final int INSTANCES = 4;
    private static final int THREADS = 16;
    private static final int COMMANDS_PER_THREAD = 20;
    private static final List<Uscc> ENTERPRISES = List.of(USCC, uscc(1));
    private static final LocalDate AUDITED_ON = LocalDate.of(2025, 1, 10);
    private static final int SNAPSHOT_EVERY = 20;

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final InetSocketAddress address = server.bind();
    private final MongoClient client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    private final MongoDatabase database = client.getDatabase("conflicts");
    private final Serializer serializer = AxonJackson.serializer(new AnnotationRevisionResolver());
    private final List<Configuration> instances = new ArrayList<>();

    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final List<RecordEnergyAudit> acknowledgedAudits = Collections.synchronizedList(new ArrayList<>());
    /** By the instance that refused them. */
    private final Map<Integer, List<RecordEnergyAudit>> refusedAudits = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> registrationRefusals = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();

    @AfterEach
    void stop() {
        instances.forEach(Configuration::shutdown);
        client.close();
        server.shutdownNow();
    }

    /** How each instance keeps its aggregates. */
    enum Setup {
        /** Every command loads the aggregate from its events. */
        NO_CACHE_NO_SNAPSHOTS,
        /** As the command service runs: a cache per instance, and snapshots (every 20 events here, to take some). */
        CACHE_AND_SNAPSHOTS
    }

    @ParameterizedTest
    @EnumSource(Setup.class)
    void sixteen_threads_on_four_instances_leave_gapless_streams_holding_exactly_the_acknowledged_commands(Setup setup)
            throws Exception {
        for (int instance = 0; instance < INSTANCES; instance++) {
            instances.add(instance(setup));
            refusedAudits.put(instance, Collections.synchronizedList(new ArrayList<>()));
        }
        List<Uscc> registeredBy = Collections.synchronizedList(new ArrayList<>());

        race(thread -> {
            for (Uscc uscc : ENTERPRISES) {
                RegisterEnterprise register = new RegisterEnterprise(uscc, NAME, BAOSHAN, STEEL, true);
                try {
                    gateway(thread).sendAndWait(register);
                    registeredBy.add(uscc);
                } catch (RuntimeException e) {
                    if (e instanceof IllegalTransition refused && refused.code().equals("enterprise.already-registered")) {
                        count(registrationRefusals, "IllegalTransition(enterprise.already-registered)");
                    } else {
                        count(registrationRefusals, conflict(e));
                    }
                }
            }
        });
        race(thread -> {
            for (int i = 0; i < COMMANDS_PER_THREAD; i++) {
                Uscc uscc = ENTERPRISES.get((thread + i) % ENTERPRISES.size());
                boolean change = i % 2 == 0;
                // each command's event carries something only this command has: its name or its report
                String mark = (change ? NAME + " " : "EA-") + "t" + thread + "-c" + i;
                Object command = change ? new ChangeProfile(uscc, mark, BAOSHAN, STEEL, true)
                        : new RecordEnergyAudit(uscc, AUDITED_ON, mark);
                try {
                    Object answer = gateway(thread).sendAndWait(command);
                    assertThat(answer).isNotEqualTo(false);
                    acknowledged.add(mark);
                    if (!change) {
                        acknowledgedAudits.add((RecordEnergyAudit) command);
                    }
                } catch (RuntimeException e) {
                    count(refusals, conflict(e));
                    refused.add(mark);
                    if (!change) {
                        refusedAudits.get(thread % INSTANCES).add((RecordEnergyAudit) command);
                    }
                }
            }
        });

        EventStorageEngine reader = engine();
        List<DomainEventMessage<?>> stored = new ArrayList<>();
        for (Uscc uscc : ENTERPRISES) {
            List<? extends DomainEventMessage<?>> stream = reader.readEvents(uscc.value()).asStream().toList();
            assertThat(stream).as("stream of %s", uscc).extracting(DomainEventMessage::getSequenceNumber)
                    .containsExactlyElementsOf(LongStream.range(0, stream.size()).boxed().toList());
            assertThat(stream.get(0).getPayload()).isInstanceOf(EnterpriseRegistered.class);
            assertThat(stream.subList(1, stream.size())).extracting(EventMessage::getPayload)
                    .allSatisfy(payload -> assertThat(payload).isNotInstanceOf(EnterpriseRegistered.class))
                    .allSatisfy(payload -> assertThat(uscc(payload)).isEqualTo(uscc));
            stored.addAll(stream);
        }
        List<TrackedEventMessage<?>> global = globalStream(reader, stored.size());
        List<String> storedMarks = stored.stream().map(EventMessage::getPayload).map(ConflictingCommandsTest::mark)
                .filter(Objects::nonNull).toList();
        System.out.printf("%d registrations: %d acknowledged, refused: %s%n%d changes: %d acknowledged, refused: %s;"
                        + " %d events stored%n", THREADS * ENTERPRISES.size(), registeredBy.size(), registrationRefusals,
                THREADS * COMMANDS_PER_THREAD, acknowledged.size(), refusals, stored.size());

        assertThat(registeredBy).as("one registration per enterprise won").containsExactlyInAnyOrderElementsOf(ENTERPRISES);
        assertThat(acknowledged.size() + refused.size()).isEqualTo(THREADS * COMMANDS_PER_THREAD);
        assertThat(refused).as("the instances did collide").isNotEmpty();
        assertThat(acknowledged).as("some commands got through").isNotEmpty();
        assertThat(stored).hasSize(ENTERPRISES.size() + acknowledged.size());
        assertThat(storedMarks).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(acknowledged)
                .doesNotContainAnyElementsOf(refused);
        assertThat(global).extracting(EventMessage::getIdentifier).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(stored.stream().map(EventMessage::getIdentifier).toList());
        assertThat(global).extracting(event -> event.trackingToken().position().orElseThrow()).isSorted();
        if (setup == Setup.CACHE_AND_SNAPSHOTS) {
            assertThat(database.getCollection("snapshots").countDocuments()).as("snapshots taken").isPositive();
        }
        assertRefusedCommandsLeftNoTraceInAnyInstance();
    }

    /**
     * A refused command's state change must not survive in an instance's cached aggregate either: each
     * instance now records an audit it refused, and refuses an acknowledged one as a repeat.
     */
    private void assertRefusedCommandsLeftNoTraceInAnyInstance() {
        assertThat(acknowledgedAudits).hasSizeGreaterThanOrEqualTo(INSTANCES);
        for (int instance = 0; instance < INSTANCES; instance++) {
            CommandGateway gateway = instances.get(instance).commandGateway();
            assertThat(refusedAudits.get(instance)).as("audits refused by instance %d", instance).isNotEmpty();
            RecordEnergyAudit again = refusedAudits.get(instance).get(0);
            RecordEnergyAudit repeat = acknowledgedAudits.get(instance);

            sendOnce(gateway, again);
            Throwable repeated = catchThrowable(() -> sendOnce(gateway, repeat));

            assertThat(repeated).isInstanceOfSatisfying(IllegalTransition.class,
                    refusal -> assertThat(refusal.code()).isEqualTo("enterprise.audit-already-recorded"));
        }
    }

    /** Sends until the command is not refused as a conflict: this instance's cached aggregate may be stale. */
    private static void sendOnce(CommandGateway gateway, Object command) {
        for (int attempt = 1; ; attempt++) {
            try {
                gateway.sendAndWait(command);
                return;
            } catch (ConcurrencyException e) {
                assertThat(attempt).as("attempts of %s", command).isLessThan(5);
            }
        }
    }

    /**
     * Names a refusal that the problem advice answers with 409 (it finds these types anywhere in the cause
     * chain); anything else fails the test.
     */
    private static String conflict(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException
                    || cause instanceof ConflictingModificationException) {
                return e == cause ? cause.getClass().getSimpleName()
                        : e.getClass().getSimpleName() + "(" + cause.getClass().getSimpleName() + ")";
            }
        }
        throw new AssertionError("A command failed with something other than a concurrency conflict", e);
    }

    private static void count(Map<String, AtomicInteger> counts, String kind) {
        counts.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    }

    /** Runs the task on every thread at once and waits for all of them; a failure in any fails the test. */
    private static void race(ThreadTask task) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            int id = thread;
            running.add(threads.submit(() -> {
                start.await();
                task.run(id);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> thread : running) {
            thread.get(60, TimeUnit.SECONDS);
        }
        threads.shutdown();
    }

    private interface ThreadTask {
        void run(int thread) throws Exception;
    }

    private CommandGateway gateway(int thread) {
        return instances.get(thread % INSTANCES).commandGateway();
    }

    /** One command-service instance: its own engine on the shared database, its own locks, its own cache. */
    private Configuration instance(Setup setup) {
        AggregateConfigurer<Enterprise> enterprise = AggregateConfigurer.defaultConfiguration(Enterprise.class);
        if (setup == Setup.CACHE_AND_SNAPSHOTS) {
            enterprise.configureCache(c -> new WeakReferenceCache())
                    .configureSnapshotTrigger(c -> new EventCountSnapshotTriggerDefinition(c.snapshotter(), SNAPSHOT_EVERY));
        }
        Configuration configuration = DefaultConfigurer.defaultConfiguration(false)
                .configureSerializer(c -> serializer)
                .configureEventSerializer(c -> serializer)
                .configureEmbeddedEventStore(c -> engine())
                .configureAggregate(enterprise)
                .registerComponent(Clock.class, c -> CLOCK)
                .buildConfiguration();
        configuration.start();
        return configuration;
    }

    /**
     * The global stream read as a tracking processor reads it: in rounds from the last token, until
     * {@code count} events have come. An instance still holding the rest of a position lease leaves a gap
     * until it releases it (50 ms idle), and a round ends at a gap, so one round may bring only a prefix.
     * An event skipped would never come: the deadline then leaves the list short and the test fails.
     */
    private static List<TrackedEventMessage<?>> globalStream(EventStorageEngine reader, int count) throws Exception {
        List<TrackedEventMessage<?>> events = new ArrayList<>();
        TrackingToken token = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (events.size() < count && System.nanoTime() < deadline) {
            try (java.util.stream.Stream<? extends TrackedEventMessage<?>> round = reader.readEvents(token, false)) {
                java.util.Iterator<? extends TrackedEventMessage<?>> iterator = round.iterator();
                while (iterator.hasNext()) {
                    TrackedEventMessage<?> event = iterator.next();
                    events.add(event);
                    token = event.trackingToken();
                }
            }
            if (events.size() < count) {
                Thread.sleep(20);
            }
        }
        return events;
    }

    private MongoEventStorageEngine engine() {
        return MongoEventStorageEngine.builder()
                .database(database)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
    }

    private static String mark(Object payload) {
        if (payload instanceof ProfileChanged changed) {
            return changed.name();
        }
        if (payload instanceof EnergyAuditRecorded audited) {
            return audited.reportReference();
        }
        return null;
    }

    private static Uscc uscc(Object payload) {
        if (payload instanceof ProfileChanged changed) {
            return changed.uscc();
        }
        return ((EnergyAuditRecorded) payload).uscc();
    }

    private static Uscc uscc(int number) {
        String body = String.format("%08d", 90_000_000 + number);
        String first17 = "91310113" + body + Uscc.organizationCodeCheck(body);
        return Uscc.of(first17 + Uscc.checkCharacter(first17));
    }
}
