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
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.bson.Document;
import org.greenledger.contracts.greenfinance.ConsentChanged;
import org.greenledger.contracts.greenfinance.ConsentExpired;
import org.greenledger.contracts.greenfinance.ConsentGranted;
import org.greenledger.contracts.greenfinance.Look;
import org.greenledger.contracts.greenfinance.LookLine;
import org.greenledger.contracts.greenfinance.Step;
import org.greenledger.contracts.greenfinance.ConsentRecord;
import org.greenledger.contracts.greenfinance.ConsentRevoked;
import org.greenledger.contracts.greenfinance.ConsentStatus;
import org.greenledger.platform.messaging.MetaDataKeys;
import org.greenledger.query.JsonRecords;

/**
 * Keeps {@code greenfinance_consents}: one document per consent, {@code _id} the consent id, with
 * the enterprise and the bank to list by and the whole record ({@link JsonRecords}). A document changes only for
 * an event past its {@code position}, so replays and redeliveries leave it as it was.
 */
@ProcessingGroup(ConsentProjection.PROCESSING_GROUP)
class ConsentProjection {

    static final String PROCESSING_GROUP = "greenfinance-consents";
    static final String COLLECTION = "greenfinance_consents";

    private final MongoCollection<Document> consents;

    ConsentProjection(MongoCollection<Document> consents) {
        this.consents = consents;
    }

    @EventHandler
    void on(ConsentGranted e, TrackingToken token, @MetaDataValue(MetaDataKeys.SUBJECT) String by,
            @MetaDataValue(MetaDataKeys.ROLE) String role) {
        long position = token.position().orElseThrow();
        if (consents.find(new Document("_id", e.consentId().value())).first() != null) {
            return;
        }
        ConsentRecord record = new ConsentRecord(e.consentId(), e.enterprise(), e.bank(), e.scopes(), e.validFrom(),
                e.validUntil(), e.purpose(), ConsentStatus.LIVE, e.grantedAt(), null,
                List.of(new Step("ConsentGranted", e.grantedAt(), position, by, role)), List.of(), position);
        consents.replaceOne(new Document("_id", e.consentId().value()), document(record), new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(ConsentChanged e, TrackingToken token, @MetaDataValue(MetaDataKeys.SUBJECT) String by,
            @MetaDataValue(MetaDataKeys.ROLE) String role) {
        change(e.consentId().value(), token, "ConsentChanged", e.changedAt(), by, role, r -> new ConsentRecord(r.consentId(),
                r.enterprise(), r.bank(), e.scopes(), r.validFrom(), e.validUntil(), r.purpose(), r.status(), r.grantedAt(),
                r.endedAt(), r.history(), r.looks(), r.position()));
    }

    @EventHandler
    void on(ConsentRevoked e, TrackingToken token, @MetaDataValue(MetaDataKeys.SUBJECT) String by,
            @MetaDataValue(MetaDataKeys.ROLE) String role) {
        change(e.consentId().value(), token, "ConsentRevoked", e.revokedAt(), by, role, r -> ended(r, ConsentStatus.REVOKED,
                e.revokedAt()));
    }

    @EventHandler
    void on(ConsentExpired e, TrackingToken token, @MetaDataValue(MetaDataKeys.SUBJECT) String by,
            @MetaDataValue(MetaDataKeys.ROLE) String role) {
        change(e.consentId().value(), token, "ConsentExpired", e.expiredAt(), by, role, r -> ended(r, ConsentStatus.EXPIRED,
                e.expiredAt()));
    }

    /** A bank's look under a consent joins the consent's page; an auditor's (no consent) is only in the looks. */
    @EventHandler
    void on(Look look, EventMessage<?> message, TrackingToken token) {
        if (look.consentId() == null) {
            return;
        }
        long position = token.position().orElseThrow();
        Document stored = consents.find(new Document("_id", look.consentId().value())).first();
        if (stored == null || stored.get("position", Number.class).longValue() >= position) {
            return;
        }
        ConsentRecord r = read(stored);
        List<LookLine> looks = new ArrayList<>(r.looks());
        looks.add(LookProjection.line(look, message, position));
        consents.replaceOne(new Document("_id", r.consentId().value()), document(new ConsentRecord(r.consentId(),
                r.enterprise(), r.bank(), r.scopes(), r.validFrom(), r.validUntil(), r.purpose(), r.status(), r.grantedAt(),
                r.endedAt(), r.history(), looks, position)));
    }

    @ResetHandler
    void reset() {
        consents.deleteMany(new Document());
    }

    static ConsentRecord read(Document document) {
        return JsonRecords.read(document, ConsentRecord.class);
    }

    private void change(String id, TrackingToken token, String event, Instant at, String by, String role,
                        UnaryOperator<ConsentRecord> change) {
        long position = token.position().orElseThrow();
        Document stored = consents.find(new Document("_id", id)).first();
        if (stored == null || stored.get("position", Number.class).longValue() >= position) {
            return;
        }
        ConsentRecord changed = change.apply(read(stored));
        List<Step> history = new ArrayList<>(changed.history());
        history.add(new Step(event, at, position, by, role));
        consents.replaceOne(new Document("_id", id), document(new ConsentRecord(changed.consentId(), changed.enterprise(),
                changed.bank(), changed.scopes(), changed.validFrom(), changed.validUntil(), changed.purpose(), changed.status(),
                changed.grantedAt(), changed.endedAt(), history, changed.looks(), position)));
    }

    private static ConsentRecord ended(ConsentRecord r, ConsentStatus status, Instant at) {
        return new ConsentRecord(r.consentId(), r.enterprise(), r.bank(), r.scopes(), r.validFrom(), r.validUntil(),
                r.purpose(), status, r.grantedAt(), at, r.history(), r.looks(), r.position());
    }

    private static Document document(ConsentRecord record) {
        return new Document("_id", record.consentId().value()).append("enterprise", record.enterprise().value())
                .append("bank", record.bank().value()).append("grantedAt", Date.from(record.grantedAt()))
                .append(JsonRecords.RECORD, JsonRecords.write(record)).append("position", record.position());
    }
}
