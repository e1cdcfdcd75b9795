package org.greenledger.query.greenlist;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.greenledger.contracts.enterprise.ProfileChanged;
import org.greenledger.contracts.greenlist.DeclarationFiled;
import org.greenledger.contracts.greenlist.DeclarationMissed;
import org.greenledger.contracts.greenlist.DeclarationRecord;
import org.greenledger.contracts.greenlist.EntryEvaluated;
import org.greenledger.contracts.greenlist.EntryListed;
import org.greenledger.contracts.greenlist.EntryNominated;
import org.greenledger.contracts.greenlist.EntryRemoved;
import org.greenledger.contracts.greenlist.EntryStatus;
import org.greenledger.contracts.greenlist.EntryUpgraded;
import org.greenledger.contracts.greenlist.HistoryLine;
import org.greenledger.contracts.greenlist.ListingDateCorrected;
import org.greenledger.contracts.greenlist.NominationDeclined;
import org.greenledger.contracts.greenlist.RectificationConfirmed;
import org.greenledger.contracts.greenlist.RectificationDemanded;
import org.greenledger.contracts.greenlist.RectificationMissed;
import org.greenledger.contracts.greenlist.RemovalDateCorrected;
import org.greenledger.contracts.greenlist.ReviewPassed;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.greenlist.ListedUnit;
import org.greenledger.platform.messaging.MetaDataKeys;
import org.greenledger.query.PositionGuard;

/**
 * Keeps the {@code greenlist_entries} collection: one document per entry with its state now,
 * its dated facts for as-of questions and a history line per event (who, in which role, when,
 * why, from the event's metadata). A change lands only on a document that has not yet seen the
 * event's global position, so redelivered and replayed events leave the documents as they were.
 * The enterprise's name and district follow the registry's profile changes.
 */
@ProcessingGroup(RegisterProjection.PROCESSING_GROUP)
class RegisterProjection {

    static final String PROCESSING_GROUP = "greenlist-register";

    private final MongoCollection<Document> entries;

    RegisterProjection(MongoCollection<Document> entries) {
        this.entries = entries;
    }

    @EventHandler
    void on(EntryNominated e, TrackingToken token, MetaData metaData) {
        long position = position(token);
        HistoryLine line = line(position, e.nominatedAt(), metaData, "EntryNominated", null,
                "Nominated as " + e.category() + " (" + e.category().officialName() + "), " + e.level()
                        + ", batch " + e.batch() + describe(e.unit()) + ".");
        Document document = new Document(RegisterDocuments.ID, e.entryId().value())
                .append(RegisterDocuments.CATEGORY, e.category().name())
                .append(RegisterDocuments.LEVEL, e.level().name())
                .append(RegisterDocuments.BATCH, e.batch().value())
                .append(RegisterDocuments.USCC, e.enterprise().value())
                .append("enterpriseName", e.enterpriseName())
                .append(RegisterDocuments.DIVISION, e.divisionCode().value())
                .append("districtName", e.divisionCode().districtName().orElse(null))
                .append("unit", RegisterDocuments.unit(e.unit()))
                .append(RegisterDocuments.STATUS, EntryStatus.NOMINATED.name())
                .append("score", null)
                .append(RegisterDocuments.LISTED_FROM, null)
                .append("removedFrom", null)
                .append("removalReason", null)
                .append("rectificationDeadline", null)
                .append("reviewedSince", null)
                .append("declarations", List.of())
                .append("missedDeclarations", List.of())
                .append(RegisterDocuments.FACTS, List.of())
                .append(RegisterDocuments.HISTORY, List.of(RegisterDocuments.line(line)))
                .append("nominatedAt", e.nominatedAt().toString())
                .append("updatedAt", e.nominatedAt().toString())
                .append(RegisterDocuments.POSITION, position);
        try {
            entries.insertOne(document);
        } catch (MongoWriteException duplicate) {
            if (duplicate.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw duplicate;
            }
            // seen before: the nomination is the first event of its document, nothing to redo
        }
    }

    @EventHandler
    void on(EntryEvaluated e, TrackingToken token, MetaData metaData) {
        change(e.entryId(), token, e.evaluatedAt(), metaData, "EntryEvaluated", null,
                "Evaluated: " + e.score() + " points by " + e.evaluator() + ", report " + e.reportReference() + ".",
                new Document(RegisterDocuments.STATUS, EntryStatus.EVALUATED.name()).append("score", e.score().toString()),
                new Document());
    }

    @EventHandler
    void on(EntryListed e, TrackingToken token, MetaData metaData) {
        change(e.entryId(), token, e.listedAt(), metaData, "EntryListed", e.effectiveFrom(),
                "Listed at " + e.level() + " level; notice " + e.decisionReference() + ".",
                new Document(RegisterDocuments.STATUS, EntryStatus.LISTED.name())
                        .append(RegisterDocuments.LISTED_FROM, e.effectiveFrom().toString())
                        .append("reviewedSince", e.effectiveFrom().toString()),
                fact(new Fact(Fact.Kind.LISTED, e.effectiveFrom(), e.listedAt(), e.level())));
    }

    @EventHandler
    void on(NominationDeclined e, TrackingToken token, MetaData metaData) {
        change(e.entryId(), token, e.declinedAt(), metaData, "NominationDeclined", null,
                "Declined: " + String.join("; ", e.reasons()) + ".",
                new Document(RegisterDocuments.STATUS, EntryStatus.DECLINED.name()), new Document());
    }

    @EventHandler
    void on(DeclarationFiled e, TrackingToken token, MetaData metaData) {
        DeclarationRecord declaration = new DeclarationRecord(e.year(), e.energyUse(), e.outputValue(), e.water(),
                e.solidWasteUtilisation(), e.dueOn(), e.late(), e.filedAt());
        change(e.entryId(), token, e.filedAt(), metaData, "DeclarationFiled", null,
                "Declared the indicators of " + e.year() + (e.late() ? ", late (due " + e.dueOn() + ")." : ", on time."),
                new Document(), new Document("declarations", RegisterDocuments.declaration(declaration)));
    }

    @EventHandler
    void on(DeclarationMissed e, TrackingToken token, MetaData metaData) {
        change(e.entryId(), token, e.recordedAt(), metaData, "DeclarationMissed", null,
                "The declaration for " + e.year() + " was not filed by " + e.dueOn() + ".",
                new Document(), new Document("missedDeclarations", e.year()));
    }

    @EventHandler
    void on(ReviewPassed e, TrackingToken token, MetaData metaData) {
        change(e.entryId(), token, e.recordedAt(), metaData, "ReviewPassed", e.reviewedOn(),
                "Review passed; record " + e.reference() + ".",
                new Document("reviewedSince", e.reviewedOn().toString()), new Document());
    }

    @EventHandler
    void on(RectificationDemanded e, TrackingToken token, MetaData metaData) {
        change(e.entryId(), token, e.recordedAt(), metaData, "RectificationDemanded", e.reviewedOn(),
                "Review demanded rectification by " + e.deadline() + ": " + e.findings(),
                new Document(RegisterDocuments.STATUS, EntryStatus.UNDER_RECTIFICATION.name())
                        .append("rectificationDeadline", e.deadline().toString()),
                new Document());
    }

    @EventHandler
    void on(RectificationConfirmed e, TrackingToken token, MetaData metaData) {
        change(e.entryId(), token, e.recordedAt(), metaData, "RectificationConfirmed", e.confirmedOn(),
                "Rectification confirmed; record " + e.reference() + ".",
                new Document(RegisterDocuments.STATUS, EntryStatus.LISTED.name())
                        .append("rectificationDeadline", null)
                        .append("reviewedSince", e.confirmedOn().toString()),
                new Document());
    }

    @EventHandler
    void on(RectificationMissed e, TrackingToken token, MetaData metaData) {
        change(e.entryId(), token, e.recordedAt(), metaData, "RectificationMissed", null,
                "Rectification not confirmed by its deadline " + e.deadline() + ".",
                new Document(RegisterDocuments.STATUS, EntryStatus.RECTIFICATION_MISSED.name()), new Document());
    }

    @EventHandler
    void on(EntryRemoved e, TrackingToken token, MetaData metaData) {
        change(e.entryId(), token, e.removedAt(), metaData, "EntryRemoved", e.effectiveFrom(),
                "Removed for " + e.reason() + ": " + e.explanation() + "; decision " + e.decisionReference() + ".",
                new Document(RegisterDocuments.STATUS, EntryStatus.REMOVED.name())
                        .append("removedFrom", e.effectiveFrom().toString())
                        .append("removalReason", e.reason().name())
                        .append("rectificationDeadline", null),
                fact(new Fact(Fact.Kind.REMOVED, e.effectiveFrom(), e.removedAt(), null)));
    }

    @EventHandler
    void on(EntryUpgraded e, TrackingToken token, MetaData metaData) {
        change(e.entryId(), token, e.upgradedAt(), metaData, "EntryUpgraded", e.effectiveFrom(),
                "Upgraded to " + e.level() + "; notice " + e.decisionReference() + ".",
                new Document(RegisterDocuments.LEVEL, e.level().name()),
                fact(new Fact(Fact.Kind.UPGRADED, e.effectiveFrom(), e.upgradedAt(), e.level())));
    }

    @EventHandler
    void on(ListingDateCorrected e, TrackingToken token, MetaData metaData) {
        change(e.entryId(), token, e.correctedAt(), metaData, "ListingDateCorrected", e.correctedFrom(),
                "Listing date corrected from " + e.previousFrom() + " to " + e.correctedFrom() + ": " + e.reason(),
                new Document(RegisterDocuments.LISTED_FROM, e.correctedFrom().toString()),
                fact(new Fact(Fact.Kind.LISTING_CORRECTED, e.correctedFrom(), e.correctedAt(), null)));
    }

    @EventHandler
    void on(RemovalDateCorrected e, TrackingToken token, MetaData metaData) {
        change(e.entryId(), token, e.correctedAt(), metaData, "RemovalDateCorrected", e.correctedFrom(),
                "Removal date corrected from " + e.previousFrom() + " to " + e.correctedFrom() + ": " + e.reason(),
                new Document("removedFrom", e.correctedFrom().toString()),
                fact(new Fact(Fact.Kind.REMOVAL_CORRECTED, e.correctedFrom(), e.correctedAt(), null)));
    }

    /**
     * An enterprise's entries show its name and district as the registry has them now. A profile
     * change is rare and touches few documents; the filter on {@code uscc} scans on the embedded
     * server, which is acceptable at that rate.
     */
    @EventHandler
    void on(ProfileChanged e, TrackingToken token) {
        long position = position(token);
        entries.updateMany(new Document(RegisterDocuments.USCC, e.uscc().value())
                        .append(RegisterDocuments.POSITION, new Document("$lt", position)),
                new Document("$set", new Document("enterpriseName", e.name())
                        .append(RegisterDocuments.DIVISION, e.divisionCode().value())
                        .append("districtName", e.divisionCode().districtName().orElse(null))
                        .append(RegisterDocuments.POSITION, position)));
    }

    @ResetHandler
    void reset() {
        entries.deleteMany(new Document());
    }

    /** Applies {@code set} and {@code push} plus a history line, unless the document has already seen this position. */
    private void change(EntryId id, TrackingToken token, Instant at, MetaData metaData, String event,
                        LocalDate effectiveFrom, String detail, Document set, Document push) {
        long position = position(token);
        HistoryLine line = line(position, at, metaData, event, effectiveFrom, detail);
        Document update = new Document("$set", set.append("updatedAt", at.toString()).append(RegisterDocuments.POSITION, position))
                .append("$push", push.append(RegisterDocuments.HISTORY, RegisterDocuments.line(line)));
        PositionGuard.applyIfNewer(entries, id.value(), position, update);
    }

    private static Document fact(Fact fact) {
        return new Document(RegisterDocuments.FACTS, RegisterDocuments.fact(fact));
    }

    private static HistoryLine line(long position, Instant at, MetaData metaData, String event, LocalDate effectiveFrom,
                                    String detail) {
        return new HistoryLine(position, at, event, text(metaData, MetaDataKeys.SUBJECT), text(metaData, MetaDataKeys.ROLE),
                effectiveFrom, detail);
    }

    private static String text(MetaData metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }

    private static String describe(ListedUnit unit) {
        return switch (unit.kind()) {
            case ENTERPRISE -> "";
            case PRODUCT -> ": product " + unit.name() + " (" + unit.model() + ")";
            case PARK -> ": park " + unit.name() + " (" + unit.areaKm2().toPlainString() + " km²)";
        };
    }

    private static long position(TrackingToken token) {
        return token.position().orElseThrow(() ->
                new IllegalStateException("The green-list register needs a token with a global position; got " + token));
    }
}
