package org.greenledger.bench;

import java.time.Duration;
import java.util.Locale;
import java.util.SplittableRandom;

import com.mongodb.client.MongoCollection;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.greenledger.bench.Report.Result;

/**
 * Commands through the {@code CommandGateway}: {@code sendAndWait} of deposits to random prefilled accounts
 * (ten events each, more once commanded), from one thread, while the {@link Balances} projection tracks the
 * store from its head.
 */
final class Commands {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final Recorder recorder;
    private final Serializer serializer;

    Commands(Recorder recorder, Serializer serializer) {
        this.recorder = recorder;
        this.serializer = serializer;
    }

    void measure(Column column, Figure figure, Contender contender) {
        MongoCollection<Document> collection = contender.database.getCollection(Balances.COLLECTION);
        collection.deleteMany(new Document());
        Balances balances = new Balances(collection);
        Configuration configuration = AxonApp.commandSide(contender, serializer, balances);
        configuration.start();
        try {
            AxonApp.awaitCaughtUp(AxonApp.processor(configuration, Balances.PROCESSOR), START_TIMEOUT);
            Recorder.Span span = recorder.start();
            CommandGateway gateway = configuration.commandGateway();
            SplittableRandom random = new SplittableRandom(42);
            long accounts = contender.completeAccounts();
            Runs.Measured measured = column.runs().measure(
                    n -> gateway.sendAndWait(Workload.deposit(random.nextLong(accounts), n)));
            contender.appended(measured.operations());
            Result result = measured.result("commands");
            long behind = measured.operations() - balances.handled();
            if (behind > AxonApp.PROCESSOR_BATCH) {
                result = new Result(result.rate(), (result.note() == null ? "" : result.note() + "; ")
                        + String.format(Locale.ROOT, "the projection was %,d events behind when the last "
                                + "command returned", behind));
            }
            recorder.record(column, figure, new Recorder.Figured(result, measured.operations(), "command",
                                                                 recorder.calls()), span);
        } finally {
            AxonApp.shutDown(configuration);
        }
    }
}
