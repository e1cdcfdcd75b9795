package org.greenledger.eventstore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.bson.Document;

/**
 * Not a test: run by hand to see that the engine's hot paths stay flat as the store grows on the embedded
 * server (an index lookup) while a scan grows linearly. Arguments: the backend, {@code memory} or
 * {@code h2}, then store sizes in commits, e.g. {@code memory 5000 20000 80000} (the first size warms up).
 * Prints microseconds per operation.
 */
public final class HotPathBench {

    private static final String PAYLOAD = "x".repeat(350);

    private HotPathBench() {
    }

    public static void main(String[] args) {
        boolean h2 = args.length > 0 && args[0].equals("h2");
        for (int i = 1; i < args.length; i++) {
            run(h2 ? EmbeddedMongo.freshH2Database() : EmbeddedMongo.freshDatabase(), Integer.parseInt(args[i]));
        }
        System.exit(0);
    }

    private static void run(MongoDatabase database, int commits) {
        MongoEventStorageEngine engine = EmbeddedMongo.engine(database).build();
        int aggregates = commits / 10;
        long start = System.nanoTime();
        for (int i = 0; i < commits; i++) {
            engine.appendEvents(event("agg-" + (i % aggregates), i / aggregates));
        }
        double appendMicros = (System.nanoTime() - start) / 1e3 / commits;

        int rounds = 200;
        start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            engine.readEvents("agg-" + (i * 7 % aggregates)).asStream().count();
        }
        double loadMicros = (System.nanoTime() - start) / 1e3 / rounds;

        start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            long index = (long) i * 97 % (commits - 200);
            engine.fetchTrackedEvents(GapAwareTrackingToken.newInstance(index, List.of()), 100);
        }
        double fetchMicros = (System.nanoTime() - start) / 1e3 / rounds;

        start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            engine.lastSequenceNumberFor("agg-" + (i * 13 % aggregates));
        }
        double lastSeqMicros = (System.nanoTime() - start) / 1e3 / rounds;

        int scanRounds = 5;
        start = System.nanoTime();
        for (int i = 0; i < scanRounds; i++) {
            database.getCollection(CommitStore.COMMITS)
                    .find(new Document("events.aggregateId", "agg-" + i)).into(new ArrayList<>());
        }
        double scanMicros = (System.nanoTime() - start) / 1e3 / scanRounds;

        System.out.printf(Locale.ROOT, "%,d commits: append %.0f us, load aggregate (10 events) %.0f us, "
                                  + "tracking fetch of 100 %.0f us, lastSequenceNumberFor %.0f us, "
                                  + "for comparison one unindexed query %.0f us%n",
                          commits, appendMicros, loadMicros, fetchMicros, lastSeqMicros, scanMicros);
        database.drop();
    }

    private static DomainEventMessage<String> event(String aggregateId, long seq) {
        return new GenericDomainEventMessage<>("Bench", aggregateId, seq, PAYLOAD);
    }
}
