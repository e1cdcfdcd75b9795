package org.greenledger.query.greenfinance;

import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.greenledger.contracts.greenfinance.ConsentRecord;
import org.greenledger.contracts.greenfinance.FindConsents;

/** Answers the consent questions from the {@code greenfinance_consents} read model. */
class ConsentQueries {

    private final MongoCollection<Document> consents;

    ConsentQueries(MongoCollection<Document> consents) {
        this.consents = consents;
    }

    /** Newest first. */
    @QueryHandler
    List<ConsentRecord> handle(FindConsents query) {
        Document filter = new Document();
        if (query.enterprise() != null) {
            filter.append("enterprise", query.enterprise().value());
        }
        if (query.bank() != null) {
            filter.append("bank", query.bank().value());
        }
        List<ConsentRecord> records = new ArrayList<>();
        consents.find(filter).sort(new Document("grantedAt", -1).append("_id", 1))
                .forEach(document -> records.add(ConsentProjection.read(document)));
        return records;
    }
}
