package org.greenledger.eventstore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;

/**
 * The process {@link CrashRecoveryTest} kills: several threads append to a few aggregates, each
 * commit in a unit of work of its own as Axon's repositories do, and print one flushed line per commit the
 * store acknowledged:
 * <pre>ACK tag aggregateId firstSeq lastSeq lastPosition</pre>
 * Each event's payload is {@code tag eK}, so the test can find the commit behind every line. A new run
 * continues the streams from {@code lastSequenceNumberFor}, as a restarted command service would.
 * <p>
 * Arguments: {@code host:port database round threads seed}. Starts appending on the line {@code GO} on its
 * standard input and runs until killed, or until that input closes (the test JVM died), or for at most a
 * minute.
 */
final class CrashingAppender {

    /** Every thread writes to it now and then: the store decides between racing appends there. */
    private static final String SHARED = "crash-shared";
    static final String ACK = "ACK";
    static final String FAILED = "FAILED";
    static final String GO = "GO";

    private static final PrintStream out = System.out;

    private CrashingAppender() {
    }

    public static void main(String[] args) throws Exception {
        String address = args[0];
        String database = args[1];
        int round = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        long seed = Long.parseLong(args[4]);
        CountDownLatch go = new CountDownLatch(1);
        followInput(go);

        MongoClient client = MongoClients.create("mongodb://" + address);
        warmUp(client);
        go.await();
        MongoEventStorageEngine engine = EmbeddedMongo.engine(client.getDatabase(database)).build();
        EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
        List<Thread> writers = new ArrayList<>();
        for (int thread = 0; thread < threads; thread++) {
            String writer = "r" + round + "-t" + thread;
            Random random = new Random(seed + thread);
            List<String> aggregates = List.of("crash-t" + thread + "-a", "crash-t" + thread + "-b", SHARED);
            writers.add(new Thread(() -> {
                try {
                    appendForever(engine, eventStore, writer, aggregates, random);
                } catch (Throwable e) {
                    // Only the test's SIGKILL may end a run: any other end must fail the test, loudly.
                    synchronized (out) {
                        out.println(FAILED + " " + writer + " " + e);
                        out.flush();
                    }
                    Runtime.getRuntime().halt(2);
                }
            }, writer));
        }
        writers.forEach(Thread::start);
        for (Thread writer : writers) {
            writer.join();
        }
    }

    /**
     * Each thread writes mostly to two aggregates of its own and now and then to the shared one. It remembers
     * where it last saw each stream end, as an aggregate cache does, and asks the store again only when the
     * store refuses a stale append, so runs also cross the refusal path (positions tombstoned by their own
     * writer).
     */
    private static void appendForever(MongoEventStorageEngine engine, EmbeddedEventStore eventStore,
                                      String writer, List<String> aggregates, Random random) {
        Map<String, Long> nextSeq = new HashMap<>();
        for (int commit = 0; ; commit++) {
            String aggregate = aggregates.get(random.nextInt(8) == 0 ? 2 : random.nextInt(2));
            int size = 1 + random.nextInt(3);
            String tag = writer + "-c" + commit;
            while (true) {
                long first = nextSeq.computeIfAbsent(aggregate, a -> engine.lastSequenceNumberFor(a).orElse(-1L) + 1);
                List<DomainEventMessage<?>> events = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    events.add(new GenericDomainEventMessage<>("CrashTest", aggregate, first + i, tag + " e" + i));
                }
                AppendedPositions.clear();
                try {
                    DefaultUnitOfWork.startAndGet(null).execute(() -> eventStore.publish(events));
                } catch (ConcurrencyException | AggregateStreamCreationException e) {
                    nextSeq.remove(aggregate);
                    continue;
                }
                nextSeq.put(aggregate, first + size);
                long lastPosition = AppendedPositions.last().orElseThrow();
                String line = String.join(" ", ACK, tag, aggregate, Long.toString(first),
                                          Long.toString(first + size - 1), Long.toString(lastPosition));
                synchronized (out) {
                    out.println(line);
                    out.flush();
                }
                break;
            }
        }
    }

    /**
     * Connects and runs Axon's append path against memory, touching nothing in the store, so that most of the
     * start-up of the next run overlaps the test's checks of this one.
     */
    private static void warmUp(MongoClient client) {
        client.getDatabase("admin").runCommand(new Document("ping", 1));
        EmbeddedEventStore inMemory = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        DomainEventMessage<?> event = new GenericDomainEventMessage<>("CrashTest", "warm-up", 0, "warm-up");
        Commits.event(event, EmbeddedMongo.jackson());
        DefaultUnitOfWork.startAndGet(null).execute(() -> inMemory.publish(event));
        inMemory.shutDown();
    }

    /**
     * Appending starts when the test writes {@link #GO}. The test JVM keeps this process's standard input
     * open; if it dies without killing this process, the input closes and this process stops too, instead
     * of appending to nothing for ever.
     */
    private static void followInput(CountDownLatch go) {
        daemon("input", () -> {
            try {
                BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                for (String line = input.readLine(); line != null; line = input.readLine()) {
                    if (line.equals(GO)) {
                        go.countDown();
                    }
                }
            } catch (IOException e) {
                // a broken pipe means the same as the end of input
            }
            Runtime.getRuntime().halt(3);
        });
        daemon("time-limit", () -> {
            try {
                Thread.sleep(TimeUnit.MINUTES.toMillis(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(4);
        });
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }
}
