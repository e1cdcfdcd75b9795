package org.greenledger.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Revision;
import org.bson.Document;
import org.greenledger.contracts.audit.CorrelationTrail;
import org.greenledger.contracts.audit.FindCorrelation;
import org.greenledger.contracts.audit.FindHistory;
import org.greenledger.contracts.audit.HistoryEntry;
import org.greenledger.contracts.audit.RecordHistory;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.platform.messaging.MetaDataKeys;
import org.greenledger.query.JsonRecords;
import org.greenledger.query.PositionGuard;
import org.greenledger.query.ReadModelCollections;

/**
 * Every event of every flow, indexed for auditors (issue 8): one document per record ({@code _id} the
 * aggregate id) with its history in stream order, who, role, reason, rule-set version and the
 * correlation, causation and request ids; one per correlation id with what it caused across records
 * (each entry kept as its JSON text).
 * Both are looked up by {@code _id} only. It reads events as the store holds them, not through any
 * feature's classes: the owner, reason and rule-set version are the payload's fields of those names.
 * A document changes only for an event past its {@code position}, so replays change nothing.
 */
@ProcessingGroup(AuditTrailProjection.PROCESSING_GROUP)
class AuditTrailProjection {

    static final String PROCESSING_GROUP = "audit-trail";
    static final String RECORDS = "audit_records";
    static final String CORRELATIONS = "audit_correlations";
    /** Payload fields that name the enterprise a record belongs to, in the order they are looked for. */
    private static final List<String> OWNER_FIELDS = List.of("enterprise", "applicant", "uscc");

    private final MongoCollection<Document> records;
    private final MongoCollection<Document> correlations;
    private final ObjectMapper json;

    AuditTrailProjection(ReadModelCollections.Lookup collections, ObjectMapper json) {
        this.records = collections.get(RECORDS);
        this.correlations = collections.get(CORRELATIONS);
        this.json = json;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message, TrackingToken token) {
        long position = token.position().orElseThrow();
        JsonNode fields = json.valueToTree(payload);
        MetaData meta = message.getMetaData();
        String recordId = null;
        String recordType = null;
        if (message instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier() != null
                && domain.getType() != null) {
            recordId = domain.getAggregateIdentifier();
            recordType = domain.getType();
            HistoryEntry entry = new HistoryEntry(position, domain.getSequenceNumber(), payload.getClass().getSimpleName(),
                    revision(payload), message.getTimestamp(), text(meta, MetaDataKeys.SUBJECT), text(meta, MetaDataKeys.ROLE),
                    reason(fields), ruleSetVersion(fields), text(meta, MetaDataKeys.CORRELATION_ID),
                    text(meta, MetaDataKeys.CAUSATION_ID), text(meta, MetaDataKeys.REQUEST_ID));
            String type = recordType;
            PositionGuard.change(records, recordId, position, d -> {
                List<String> entries = new ArrayList<>(d.getList("entries", String.class, List.of()));
                entries.add(JsonRecords.write(entry));
                d.append("type", type).append("entries", entries);
                if (d.getString("owner") == null) {
                    d.append("owner", owner(fields));
                }
            });
        }
        String correlation = text(meta, MetaDataKeys.CORRELATION_ID);
        if (correlation != null) {
            CorrelationTrail.Step step = new CorrelationTrail.Step(position, recordId, recordType,
                    payload.getClass().getSimpleName(), message.getTimestamp(), text(meta, MetaDataKeys.SUBJECT),
                    text(meta, MetaDataKeys.CAUSATION_ID));
            PositionGuard.change(correlations, correlation, position, d -> {
                List<String> steps = new ArrayList<>(d.getList("steps", String.class, List.of()));
                steps.add(JsonRecords.write(step));
                d.append("steps", steps);
            });
        }
    }

    @QueryHandler
    RecordHistory handle(FindHistory query) {
        Document document = records.find(new Document("_id", query.recordId())).first();
        if (document == null) {
            return null;
        }
        List<HistoryEntry> entries = document.getList("entries", String.class, List.of()).stream()
                .map(entry -> JsonRecords.read(new Document(JsonRecords.RECORD, entry), HistoryEntry.class)).toList();
        String owner = document.getString("owner");
        return new RecordHistory(query.recordId(), document.getString("type"), owner == null ? null : Uscc.of(owner), entries);
    }

    @QueryHandler
    CorrelationTrail handle(FindCorrelation query) {
        Document document = correlations.find(new Document("_id", query.correlationId())).first();
        if (document == null) {
            return null;
        }
        return new CorrelationTrail(query.correlationId(), document.getList("steps", String.class, List.of()).stream()
                .map(step -> JsonRecords.read(new Document(JsonRecords.RECORD, step), CorrelationTrail.Step.class)).toList());
    }

    @ResetHandler
    void reset() {
        records.deleteMany(new Document());
        correlations.deleteMany(new Document());
    }

    private static String owner(JsonNode fields) {
        for (String field : OWNER_FIELDS) {
            JsonNode value = fields.get(field);
            if (value != null && value.isTextual()) {
                try {
                    return Uscc.of(value.asText()).value();
                } catch (RuntimeException notAUscc) {
                    // a field of that name that is no USCC names no owner
                }
            }
        }
        return null;
    }

    private static String reason(JsonNode fields) {
        JsonNode reason = fields.get("reason");
        if (reason != null && reason.isValueNode() && !reason.isNull()) {
            return reason.asText();
        }
        JsonNode reasons = fields.get("reasons");
        if (reasons != null && reasons.isArray() && !reasons.isEmpty()) {
            List<String> all = new ArrayList<>();
            reasons.forEach(r -> all.add(r.asText()));
            return String.join("; ", all);
        }
        return null;
    }

    private static Integer ruleSetVersion(JsonNode fields) {
        JsonNode version = fields.get("ruleSetVersion");
        if (version != null && version.isInt()) {
            return version.asInt();
        }
        JsonNode rules = fields.get("rules");
        return rules != null && rules.path("version").isInt() ? rules.path("version").asInt() : null;
    }

    private static String revision(Object payload) {
        Revision revision = payload.getClass().getAnnotation(Revision.class);
        return revision == null ? null : revision.value();
    }

    private static String text(Map<String, ?> meta, String key) {
        Object value = meta.get(key);
        return value == null ? null : value.toString();
    }
}
