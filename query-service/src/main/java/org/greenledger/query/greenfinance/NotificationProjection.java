package org.greenledger.query.greenfinance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.greenledger.contracts.greenfinance.ConsentChanged;
import org.greenledger.contracts.greenfinance.ConsentExpired;
import org.greenledger.contracts.greenfinance.ConsentGranted;
import org.greenledger.contracts.greenfinance.ConsentRevoked;
import org.greenledger.contracts.greenfinance.LoanApproved;
import org.greenledger.contracts.greenfinance.LoanClosed;
import org.greenledger.contracts.greenfinance.WebhookRegistered;
import org.greenledger.contracts.greenfinance.WebhookRemoved;
import org.greenledger.contracts.greenlist.EntryNominated;
import org.greenledger.contracts.greenlist.EntryRemoved;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.greenlist.ListCategory;
import org.greenledger.platform.time.ClockConfig;
import org.greenledger.query.JsonRecords;
import org.greenledger.query.PositionGuard;
import org.greenledger.query.ReadModelCollections;

/**
 * Tells banks when an enterprise leaves the green list (issue 7): every bank with a consent live on
 * the day of the removal or an open loan gets a notification in its feed ({@code
 * greenfinance_notifications}) and, where it registered a URL, a signed webhook delivery through the
 * {@link WebhookOutbox}. Who has which relation with whom is kept here too, from the same ordered
 * stream, so a replay decides exactly as the first pass did; notifications and deliveries are keyed
 * by a stable id, so a replay or redelivery adds nothing and sends nothing twice. The outbox is not
 * part of this read model and survives a reset. Deliveries go to {@code deliveries}: the outbox for the
 * projection in use, nowhere for one filling a rebuilt generation, which must not depend on the outbox
 * still knowing every id it was ever given.
 */
@ProcessingGroup(NotificationProjection.PROCESSING_GROUP)
class NotificationProjection {

    static final String PROCESSING_GROUP = "greenfinance-notifications";
    static final String NOTIFICATIONS = "greenfinance_notifications";
    static final String RELATIONS = "greenfinance_bank_relations";
    static final String ENTRIES = "greenfinance_notice_entries";
    static final String WEBHOOKS = "greenfinance_bank_webhooks";
    static final String CONSENT_OWNERS = "greenfinance_notice_consents";

    private final MongoCollection<Document> notifications;
    private final MongoCollection<Document> relations;
    private final MongoCollection<Document> entries;
    private final MongoCollection<Document> webhooks;
    private final MongoCollection<Document> consentOwners;
    private final Consumer<WebhookDelivery> deliveries;
    private final ObjectMapper json;

    NotificationProjection(ReadModelCollections.Lookup collections, Consumer<WebhookDelivery> deliveries, ObjectMapper json) {
        this.notifications = collections.get(NOTIFICATIONS);
        this.relations = collections.get(RELATIONS);
        this.entries = collections.get(ENTRIES);
        this.webhooks = collections.get(WEBHOOKS);
        this.consentOwners = collections.get(CONSENT_OWNERS);
        this.deliveries = deliveries;
        this.json = json;
    }

    @EventHandler
    void on(ConsentGranted e, TrackingToken token) {
        upsert(consentOwners, e.consentId().value(), new Document("uscc", e.enterprise().value()));
        changeRelations(e.enterprise().value(), token, d -> {
            List<Document> consents = without(d, "consents", "consent", e.consentId().value());
            consents.add(new Document("consent", e.consentId().value()).append("bank", e.bank().value())
                    .append("from", e.validFrom().toString()).append("until", e.validUntil().toString()));
            d.append("consents", consents);
        });
    }

    @EventHandler
    void on(ConsentChanged e, TrackingToken token) {
        changeConsent(e.consentId().value(), token, consent -> consent.append("until", e.validUntil().toString()));
    }

    @EventHandler
    void on(ConsentRevoked e, TrackingToken token) {
        endConsent(e.consentId().value(), token);
    }

    @EventHandler
    void on(ConsentExpired e, TrackingToken token) {
        endConsent(e.consentId().value(), token);
    }

    @EventHandler
    void on(LoanApproved e, TrackingToken token) {
        changeRelations(e.enterprise().value(), token, d -> {
            List<Document> loans = without(d, "loans", "request", e.creditRequestId().value());
            loans.add(new Document("request", e.creditRequestId().value()).append("bank", e.bank().value())
                    .append("loan", e.loanId().value()));
            d.append("loans", loans);
        });
    }

    @EventHandler
    void on(LoanClosed e, TrackingToken token) {
        changeRelations(e.enterprise().value(), token,
                d -> d.append("loans", without(d, "loans", "request", e.creditRequestId().value())));
    }

    @EventHandler
    void on(WebhookRegistered e, TrackingToken token) {
        PositionGuard.change(webhooks, e.bank().value(), token.position().orElseThrow(),
                d -> d.append("url", e.url().toString()));
    }

    @EventHandler
    void on(WebhookRemoved e, TrackingToken token) {
        PositionGuard.change(webhooks, e.bank().value(), token.position().orElseThrow(), d -> d.append("url", null));
    }

    @EventHandler
    void on(EntryNominated e) {
        upsert(entries, e.entryId().value(), new Document("uscc", e.enterprise().value()).append("category",
                e.category().name()));
    }

    @EventHandler
    void on(EntryRemoved e, EventMessage<?> message, TrackingToken token) {
        long position = token.position().orElseThrow();
        Document entry = entries.find(new Document("_id", e.entryId().value())).first();
        if (entry == null) {
            throw new IllegalStateException("The notification read model has no record of entry " + e.entryId().value()
                    + ", which its nomination creates");
        }
        Uscc enterprise = Uscc.of(entry.getString("uscc"));
        LocalDate day = LocalDate.ofInstant(e.removedAt(), ClockConfig.CITY);
        for (Map.Entry<String, List<String>> told : banksToTell(enterprise, day).entrySet()) {
            BankId bank = BankId.of(told.getKey());
            BankNotification notification = new BankNotification(id(message.getIdentifier(), bank), bank,
                    BankNotification.ENTRY_REMOVED, enterprise, e.entryId(), ListCategory.valueOf(entry.getString("category")),
                    e.reason(), e.reason().forCause(), e.effectiveFrom(), e.removedAt(), told.getValue(), position);
            if (insert(notification)) {
                deliver(notification);
            }
        }
    }

    @ResetHandler
    void reset() {
        for (MongoCollection<Document> collection : List.of(notifications, relations, entries, webhooks, consentOwners)) {
            collection.deleteMany(new Document());
        }
    }

    /** The banks to tell, in bank order, each with why: a consent live on {@code day}, an open loan, or both. */
    private Map<String, List<String>> banksToTell(Uscc enterprise, LocalDate day) {
        Map<String, List<String>> banks = new TreeMap<>();
        Document related = relations.find(new Document("_id", enterprise.value())).first();
        if (related == null) {
            return banks;
        }
        for (Document consent : related.getList("consents", Document.class, List.of())) {
            if (!day.isBefore(LocalDate.parse(consent.getString("from")))
                    && !day.isAfter(LocalDate.parse(consent.getString("until")))) {
                List<String> why = banks.computeIfAbsent(consent.getString("bank"), bank -> new ArrayList<>());
                if (!why.contains("CONSENT")) {
                    why.add("CONSENT");
                }
            }
        }
        for (Document loan : related.getList("loans", Document.class, List.of())) {
            List<String> why = banks.computeIfAbsent(loan.getString("bank"), bank -> new ArrayList<>());
            if (!why.contains("LOAN")) {
                why.add("LOAN");
            }
        }
        return banks;
    }

    private boolean insert(BankNotification notification) {
        try {
            notifications.insertOne(new Document("_id", notification.id()).append("bank", notification.bank().value())
                    .append(JsonRecords.RECORD, JsonRecords.write(notification))
                    .append(PositionGuard.POSITION, notification.position()));
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return true; // seen before: the outbox ignores the id too, and a lost first delivery is made good
            }
            throw e;
        }
    }

    private void deliver(BankNotification notification) {
        Document webhook = webhooks.find(new Document("_id", notification.bank().value())).first();
        if (webhook == null || webhook.getString("url") == null) {
            return;
        }
        try {
            deliveries.accept(new WebhookDelivery(notification.id(), notification.bank(), URI.create(webhook.getString("url")),
                    notification.type(), json.writeValueAsString(notification)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A notification could not be written as JSON", e);
        }
    }

    /** Stable, and without full stops (Standard Webhooks signs "id.timestamp.body"). */
    static String id(String eventId, BankId bank) {
        return "ntf-" + UUID.nameUUIDFromBytes((eventId + "|" + bank.value()).getBytes(StandardCharsets.UTF_8));
    }

    private void endConsent(String consentId, TrackingToken token) {
        Document owner = consentOwners.find(new Document("_id", consentId)).first();
        if (owner == null) {
            return;
        }
        changeRelations(owner.getString("uscc"), token, d -> d.append("consents", without(d, "consents", "consent", consentId)));
    }

    private void changeConsent(String consentId, TrackingToken token, Consumer<Document> change) {
        Document owner = consentOwners.find(new Document("_id", consentId)).first();
        if (owner == null) {
            return;
        }
        changeRelations(owner.getString("uscc"), token, d -> {
            List<Document> consents = new ArrayList<>(d.getList("consents", Document.class, List.of()));
            consents.stream().filter(c -> consentId.equals(c.getString("consent"))).forEach(change);
            d.append("consents", consents);
        });
    }

    /** Applies {@code change} to the enterprise's relations unless they already reflect this position. */
    private void changeRelations(String uscc, TrackingToken token, Consumer<Document> change) {
        PositionGuard.change(relations, uscc, token.position().orElseThrow(), change);
    }

    private static List<Document> without(Document relations, String list, String key, String value) {
        List<Document> kept = new ArrayList<>(relations.getList(list, Document.class, List.of()));
        kept.removeIf(item -> value.equals(item.getString(key)));
        return kept;
    }

    private static void upsert(MongoCollection<Document> collection, String id, Document fields) {
        collection.replaceOne(new Document("_id", id), fields.append("_id", id), new ReplaceOptions().upsert(true));
    }
}
