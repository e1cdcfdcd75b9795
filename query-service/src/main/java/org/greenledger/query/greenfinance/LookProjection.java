package org.greenledger.query.greenfinance;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.greenledger.contracts.greenfinance.EligibilityChecked;
import org.greenledger.contracts.greenfinance.FindEligibilityCheck;
import org.greenledger.contracts.greenfinance.FindLooks;
import org.greenledger.contracts.greenfinance.Look;
import org.greenledger.contracts.greenfinance.LookLine;
import org.greenledger.platform.messaging.MetaDataKeys;
import org.greenledger.query.JsonRecords;

/**
 * Keeps {@code greenfinance_looks}: one document per recorded look, {@code _id} the event's
 * identifier, so a replayed or redelivered look is inserted once. Lists by enterprise or bank scan
 * on the embedded server (indexed on a real MongoDB), newest first.
 */
@ProcessingGroup(LookProjection.PROCESSING_GROUP)
class LookProjection {

    static final String PROCESSING_GROUP = "greenfinance-looks";
    static final String COLLECTION = "greenfinance_looks";
    static final String CHECK = "check";

    private final MongoCollection<Document> looks;

    LookProjection(MongoCollection<Document> looks) {
        this.looks = looks;
    }

    @EventHandler
    void on(Look look, EventMessage<?> message, TrackingToken token) {
        LookLine line = line(look, message, token.position().orElseThrow());
        Document document = new Document("_id", message.getIdentifier()).append("enterprise", line.enterprise().value())
                .append("bank", line.bank() == null ? null : line.bank().value()).append("at", Date.from(line.at()))
                .append(JsonRecords.RECORD, JsonRecords.write(line)).append("position", line.position());
        if (look instanceof EligibilityChecked check) {
            document.append("attestation", check.attestationId()).append(CHECK, JsonRecords.write(check));
        }
        try {
            looks.insertOne(document);
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    @QueryHandler
    List<LookLine> handle(FindLooks query) {
        Document filter = new Document();
        if (query.enterprise() != null) {
            filter.append("enterprise", query.enterprise().value());
        }
        if (query.bank() != null) {
            filter.append("bank", query.bank().value());
        }
        List<LookLine> lines = new ArrayList<>();
        looks.find(filter).sort(new Document("position", -1))
                .forEach(document -> lines.add(JsonRecords.read(document, LookLine.class)));
        return lines;
    }

    /** The check as recorded, facts included, for a re-run; a scan by attestation id on the embedded server. */
    @QueryHandler
    EligibilityChecked handle(FindEligibilityCheck query) {
        Document document = looks.find(new Document("attestation", query.attestationId())).first();
        return document == null ? null : JsonRecords.read(new Document(JsonRecords.RECORD, document.getString(CHECK)),
                EligibilityChecked.class);
    }

    @ResetHandler
    void reset() {
        looks.deleteMany(new Document());
    }

    static LookLine line(Look look, EventMessage<?> message, long position) {
        EligibilityChecked check = look instanceof EligibilityChecked checked ? checked : null;
        return new LookLine(look.getClass().getSimpleName(), look.enterprise(), look.bank(), look.consentId(), look.scopes(),
                (String) message.getMetaData().get(MetaDataKeys.SUBJECT), (String) message.getMetaData().get(MetaDataKeys.ROLE),
                check == null ? null : check.attestationId(), check == null ? null : check.assessment().eligible(),
                look.at(), position);
    }
}
