package org.greenledger.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongConsumer;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

/**
 * The write figures, their runs taken in turn so that the ratios compare like with like: the baseline,
 * {@code insertOne} of documents shaped like one commit, then our append and axon-mongo's.
 */
final class Writes {

    private final Recorder recorder;
    private long rawInserted;

    Writes(Recorder recorder) {
        this.recorder = recorder;
    }

    void measure(Column column, Ours ours, AxonMongo axonMongo, long axonMongoUpTo) {
        List<Figure> figures = new ArrayList<>();
        List<LongConsumer> ops = new ArrayList<>();
        List<Long> rawIds = new ArrayList<>();
        figures.add(Figure.RAW_INSERT);
        ops.add(rawInsert(ours, rawIds));
        figures.add(Figure.APPEND_OURS);
        ops.add(append(ours));
        if (column.withAxonMongo()) {
            figures.add(Figure.APPEND_AXON_MONGO);
            ops.add(append(axonMongo));
        } else {
            recorder.skipAxonMongo(column, Figure.APPEND_AXON_MONGO, axonMongoUpTo);
        }
        Map<Figure, List<Breakdown.Calls>> calls = new EnumMap<>(Figure.class);
        Recorder.Span span = recorder.start();
        List<Runs.Measured> measured = column.runs().alternate(
                ops, i -> calls.merge(figures.get(i), recorder.calls(), Breakdown::merge));
        deleteRaw(ours, rawIds);
        ours.appended(measured.get(1).operations());
        if (column.withAxonMongo()) {
            axonMongo.appended(measured.get(2).operations());
        }
        for (int i = 0; i < figures.size(); i++) {
            Figure figure = figures.get(i);
            String per = i == 0 ? "insert" : "append";
            recorder.record(column, figure, new Recorder.Figured(measured.get(i).result(per + "s"),
                                                                 measured.get(i).operations(), per,
                                                                 calls.get(figure)), span);
        }
    }

    /**
     * Into our collection, with its indexes, at its size, with its durable write concern, the payload
     * serialized once, outside the timing. Negative {@code _id}s, which no reader asks for; deleted after.
     */
    private LongConsumer rawInsert(Ours ours, List<Long> ids) {
        MongoCollection<Document> commits = ours.commits().withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
        Document event = ours.commit(0, Workload.opening("raw", 0), Instant.now())
                             .getList("events", Document.class).get(0);
        return n -> {
            long id = -(++rawInserted);
            String account = "raw" + id;
            Document copy = new Document(event).append("eventId", UUID.randomUUID().toString())
                                               .append("aggregateId", account);
            commits.insertOne(new Document("_id", id).append("n", 1).append("pos", List.of(id))
                                                     .append("ts", new Date())
                                                     .append("keys", List.of(account + "#0"))
                                                     .append("events", List.of(copy)));
            ids.add(id);
        };
    }

    /**
     * {@code appendEvents} of one event of a new account per call, as a command that opens an account
     * appends it, outside any unit of work.
     */
    private static LongConsumer append(Contender contender) {
        return n -> contender.engine.appendEvents(List.of(Workload.opening(contender.newAccount(), n)));
    }

    private static void deleteRaw(Ours ours, List<Long> ids) {
        for (int from = 0; from < ids.size(); from += 1_000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1_000));
            ours.commits().deleteMany(new Document("_id", new Document("$in", chunk)));
        }
    }
}
