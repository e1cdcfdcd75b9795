package org.greenledger.query.enterprise;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.greenledger.contracts.enterprise.DishonestyCleared;
import org.greenledger.contracts.enterprise.DishonestyFlagged;
import org.greenledger.contracts.enterprise.EnergyAuditRecorded;
import org.greenledger.contracts.enterprise.EnterpriseRegistered;
import org.greenledger.contracts.enterprise.ProfileChanged;
import org.greenledger.query.PositionGuard;

/**
 * Keeps the {@code enterprises} collection: one document per enterprise, {@code _id} the USCC.
 * Every document remembers the global position of the last event it reflects, and a change
 * lands only on a document that has not seen that position yet, so redelivered and replayed
 * events leave the documents as they were.
 */
@ProcessingGroup(EnterpriseProjection.PROCESSING_GROUP)
class EnterpriseProjection {

    static final String PROCESSING_GROUP = "enterprise-profile";

    private final MongoCollection<Document> enterprises;

    EnterpriseProjection(MongoCollection<Document> enterprises) {
        this.enterprises = enterprises;
    }

    @EventHandler
    void on(EnterpriseRegistered e, TrackingToken token) {
        Document document = new Document(EnterpriseDocuments.ID, e.uscc().value())
                .append("name", e.name())
                .append("divisionCode", e.divisionCode().value())
                .append("districtName", e.divisionCode().districtName().orElse(null))
                .append("industryCode", e.industryCode().value())
                .append("keyEnergyUser", e.keyEnergyUser())
                .append("dishonest", false)
                .append("dishonestyReason", null)
                .append("energyAudits", List.of())
                .append("registeredAt", Date.from(e.registeredAt()))
                .append("updatedAt", Date.from(e.registeredAt()))
                .append(EnterpriseDocuments.POSITION, position(token));
        try {
            enterprises.insertOne(document);
        } catch (MongoWriteException e1) {
            if (e1.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e1;
            }
            // seen before: the registration is the first event of its document, nothing to redo
        }
    }

    @EventHandler
    void on(ProfileChanged e, TrackingToken token) {
        update(e.uscc().value(), token, e.changedAt(), new Document("name", e.name())
                .append("divisionCode", e.divisionCode().value())
                .append("districtName", e.divisionCode().districtName().orElse(null))
                .append("industryCode", e.industryCode().value())
                .append("keyEnergyUser", e.keyEnergyUser()), null);
    }

    @EventHandler
    void on(EnergyAuditRecorded e, TrackingToken token) {
        Document audit = new Document("auditedOn", e.auditedOn().toString())
                .append("reportReference", e.reportReference())
                .append("recordedAt", Date.from(e.recordedAt()));
        update(e.uscc().value(), token, e.recordedAt(), new Document(), new Document("energyAudits", audit));
    }

    @EventHandler
    void on(DishonestyFlagged e, TrackingToken token) {
        update(e.uscc().value(), token, e.flaggedAt(),
                new Document("dishonest", true).append("dishonestyReason", e.reason()), null);
    }

    @EventHandler
    void on(DishonestyCleared e, TrackingToken token) {
        update(e.uscc().value(), token, e.clearedAt(),
                new Document("dishonest", false).append("dishonestyReason", null), null);
    }

    @ResetHandler
    void reset() {
        enterprises.deleteMany(new Document());
    }

    /** Applies {@code set} (and {@code push}, if any) unless the document has already seen this position. */
    private void update(String uscc, TrackingToken token, Instant at, Document set, Document push) {
        long position = position(token);
        Document change = new Document("$set", set.append("updatedAt", Date.from(at))
                .append(EnterpriseDocuments.POSITION, position));
        if (push != null) {
            change.append("$push", push);
        }
        PositionGuard.applyIfNewer(enterprises, uscc, position, change);
    }

    private static long position(TrackingToken token) {
        return token.position().orElseThrow(() ->
                new IllegalStateException("The enterprise projection needs a token with a global position; got " + token));
    }
}
