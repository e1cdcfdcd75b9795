package org.greenledger.bench;

import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;

/**
 * The tracking projection that runs while commands are measured: a balance per account in Mongo, one
 * upsert by {@code _id} per event. It keeps no "apply only if newer" position guard: such a filter,
 * {@code {_id, position: {$lt: p}}}, is not an {@code _id} lookup on the embedded server but a scan, which
 * would make this figure about the projection instead of the store.
 */
@ProcessingGroup(Balances.PROCESSOR)
final class Balances {

    static final String PROCESSOR = "balances";
    static final String COLLECTION = "bench_balances";

    private final MongoCollection<Document> balances;
    private final AtomicLong handled = new AtomicLong();

    Balances(MongoCollection<Document> balances) {
        this.balances = balances;
    }

    @EventHandler
    void on(Deposited event) {
        balances.updateOne(new Document("_id", event.accountId()),
                           Updates.combine(Updates.inc("balanceFen", event.amountFen()),
                                           Updates.set("lastReference", event.reference())),
                           new UpdateOptions().upsert(true));
        handled.incrementAndGet();
    }

    @ResetHandler
    void reset() {
        balances.deleteMany(new Document());
    }

    long handled() {
        return handled.get();
    }
}
