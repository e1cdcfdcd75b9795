package org.greenledger.query.greenfinance;

import static org.greenledger.query.QueryParameters.choice;
import static org.greenledger.query.QueryParameters.number;
import static org.greenledger.query.QueryParameters.read;

import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.greenledger.kernel.failure.Forbidden;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.platform.query.ReadModel;
import org.greenledger.platform.security.Actor;
import org.greenledger.platform.security.Role;
import org.greenledger.query.JsonRecords;
import org.greenledger.query.PositionGuard;
import org.greenledger.query.ReadModelGenerations;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A bank's notification feed, read by position ({@code after=} the last position seen, answered in
 * position order with the position to ask after next), and its webhook deliveries with their dead
 * letters. A bank sees only its own; an auditor names the bank.
 */
@RestController
@ReadModel(NotificationProjection.PROCESSING_GROUP)
class NotificationController {

    static final int MAX_LIMIT = 500;

    private final MongoCollection<Document> notifications;
    private final WebhookOutbox outbox;

    NotificationController(ReadModelGenerations generations, WebhookOutbox outbox) {
        this.notifications = generations.live(NotificationProjection.PROCESSING_GROUP).get(NotificationProjection.NOTIFICATIONS);
        this.outbox = outbox;
    }

    record Feed(List<BankNotification> items, long last) {
    }

    @GetMapping("/api/greenfinance/notifications")
    Feed notifications(@RequestParam(name = "after", required = false) String after,
                       @RequestParam(name = "limit", required = false) String limit,
                       @RequestParam(name = "bank", required = false) String bank, Actor actor) {
        BankId whose = whose(bank, actor);
        long from = after == null ? -1 : number("after", after, -1, Integer.MAX_VALUE);
        int size = limit == null ? 100 : number("limit", limit, 1, MAX_LIMIT);
        List<BankNotification> items = new ArrayList<>();
        notifications.find(new Document("bank", whose.value()).append(PositionGuard.POSITION, new Document("$gt", from)))
                .sort(new Document(PositionGuard.POSITION, 1).append("_id", 1)).limit(size)
                .forEach(document -> items.add(JsonRecords.read(document, BankNotification.class)));
        return new Feed(items, items.isEmpty() ? from : items.get(items.size() - 1).position());
    }

    @GetMapping("/api/greenfinance/webhook-deliveries")
    List<DeliveryRecord> deliveries(@RequestParam(name = "status", required = false) String status,
                                    @RequestParam(name = "bank", required = false) String bank, Actor actor) {
        BankId whose = whose(bank, actor);
        return outbox.of(whose, status == null ? null : choice("status", status, DeliveryStatus.class));
    }

    private static BankId whose(String bank, Actor actor) {
        actor.requireRole(Role.BANK, Role.AUDITOR);
        BankId named = bank == null || bank.isBlank() ? null : read("bank", bank.strip(), BankId::of);
        if (actor.is(Role.BANK)) {
            BankId self = BankId.of(actor.bankId());
            if (named != null && !named.equals(self)) {
                throw new Forbidden("security.not-own-record", "A bank sees its own notifications only.");
            }
            return self;
        }
        if (named == null) {
            throw new InvalidInput("request.missing-field", "bank", "Name the bank whose notifications to list.");
        }
        return named;
    }
}
