package org.greenledger.query.greenfinance;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.greenledger.contracts.greenfinance.CreditDeclined;
import org.greenledger.contracts.greenfinance.CreditRequestRecord;
import org.greenledger.contracts.greenfinance.CreditRequested;
import org.greenledger.contracts.greenfinance.CreditStatus;
import org.greenledger.contracts.greenfinance.FindCreditRequest;
import org.greenledger.contracts.greenfinance.FindCreditRequests;
import org.greenledger.contracts.greenfinance.LoanApproved;
import org.greenledger.contracts.greenfinance.LoanClosed;
import org.greenledger.contracts.greenfinance.LoanTerms;
import org.greenledger.contracts.greenfinance.Step;
import org.greenledger.platform.messaging.MetaDataKeys;
import org.greenledger.query.JsonRecords;

/**
 * Keeps {@code greenfinance_credit_requests}: one document per request, {@code _id} the request id,
 * with the enterprise and the bank to list by and the whole record. A document changes only for an
 * event past its {@code position}, so replays and redeliveries leave it as it was.
 */
@ProcessingGroup(CreditRequestProjection.PROCESSING_GROUP)
class CreditRequestProjection {

    static final String PROCESSING_GROUP = "greenfinance-credit";
    static final String COLLECTION = "greenfinance_credit_requests";

    private final MongoCollection<Document> requests;

    CreditRequestProjection(MongoCollection<Document> requests) {
        this.requests = requests;
    }

    @EventHandler
    void on(CreditRequested e, TrackingToken token, @MetaDataValue(MetaDataKeys.SUBJECT) String by,
            @MetaDataValue(MetaDataKeys.ROLE) String role) {
        long position = token.position().orElseThrow();
        if (requests.find(new Document("_id", e.creditRequestId().value())).first() != null) {
            return;
        }
        CreditRequestRecord record = new CreditRequestRecord(e.creditRequestId(), e.enterprise(), e.bank(), e.amount(),
                e.purpose(), e.category(), e.catalogueVersion(), e.subsidyApplication(), CreditStatus.REQUESTED, null, null,
                e.requestedAt(), null, List.of(new Step("CreditRequested", e.requestedAt(), position, by, role)), position);
        requests.replaceOne(new Document("_id", e.creditRequestId().value()), document(record),
                new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(LoanApproved e, TrackingToken token, @MetaDataValue(MetaDataKeys.SUBJECT) String by,
            @MetaDataValue(MetaDataKeys.ROLE) String role) {
        change(e.creditRequestId().value(), token, "LoanApproved", e.approvedAt(), by, role, r -> decided(r,
                CreditStatus.APPROVED, new LoanTerms(e.loanId(), e.amount(), e.rate(), e.termMonths()), null, e.approvedAt()));
    }

    @EventHandler
    void on(CreditDeclined e, TrackingToken token, @MetaDataValue(MetaDataKeys.SUBJECT) String by,
            @MetaDataValue(MetaDataKeys.ROLE) String role) {
        change(e.creditRequestId().value(), token, "CreditDeclined", e.declinedAt(), by, role, r -> decided(r,
                CreditStatus.DECLINED, null, e.reason(), e.declinedAt()));
    }

    @EventHandler
    void on(LoanClosed e, TrackingToken token, @MetaDataValue(MetaDataKeys.SUBJECT) String by,
            @MetaDataValue(MetaDataKeys.ROLE) String role) {
        change(e.creditRequestId().value(), token, "LoanClosed", e.closedAt(), by, role, r -> decided(r,
                CreditStatus.CLOSED, r.loan(), null, r.decidedAt()));
    }

    /** Newest first. */
    @QueryHandler
    List<CreditRequestRecord> handle(FindCreditRequests query) {
        Document filter = new Document();
        if (query.enterprise() != null) {
            filter.append("enterprise", query.enterprise().value());
        }
        if (query.bank() != null) {
            filter.append("bank", query.bank().value());
        }
        List<CreditRequestRecord> records = new ArrayList<>();
        requests.find(filter).sort(new Document("requestedAt", -1).append("_id", 1))
                .forEach(document -> records.add(JsonRecords.read(document, CreditRequestRecord.class)));
        return records;
    }

    @QueryHandler
    CreditRequestRecord handle(FindCreditRequest query) {
        Document document = requests.find(new Document("_id", query.creditRequestId().value())).first();
        return document == null ? null : JsonRecords.read(document, CreditRequestRecord.class);
    }

    @ResetHandler
    void reset() {
        requests.deleteMany(new Document());
    }

    private void change(String id, TrackingToken token, String event, Instant at, String by, String role,
                        UnaryOperator<CreditRequestRecord> change) {
        long position = token.position().orElseThrow();
        Document stored = requests.find(new Document("_id", id)).first();
        if (stored == null || stored.get("position", Number.class).longValue() >= position) {
            return;
        }
        CreditRequestRecord r = change.apply(JsonRecords.read(stored, CreditRequestRecord.class));
        List<Step> history = new ArrayList<>(r.history());
        history.add(new Step(event, at, position, by, role));
        requests.replaceOne(new Document("_id", id), document(new CreditRequestRecord(r.creditRequestId(), r.enterprise(),
                r.bank(), r.amount(), r.purpose(), r.category(), r.catalogueVersion(), r.subsidyApplication(), r.status(),
                r.loan(), r.declineReason(), r.requestedAt(), r.decidedAt(), history, position)));
    }

    private static CreditRequestRecord decided(CreditRequestRecord r, CreditStatus status, LoanTerms loan, String reason,
                                               Instant at) {
        return new CreditRequestRecord(r.creditRequestId(), r.enterprise(), r.bank(), r.amount(), r.purpose(), r.category(),
                r.catalogueVersion(), r.subsidyApplication(), status, loan, reason, r.requestedAt(), at, r.history(),
                r.position());
    }

    private static Document document(CreditRequestRecord record) {
        return new Document("_id", record.creditRequestId().value()).append("enterprise", record.enterprise().value())
                .append("bank", record.bank().value()).append("requestedAt", Date.from(record.requestedAt()))
                .append(JsonRecords.RECORD, JsonRecords.write(record)).append("position", record.position());
    }
}
