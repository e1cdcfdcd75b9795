package org.greenledger.command.greenfinance;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.greenledger.command.Deadlines;
import org.greenledger.contracts.greenfinance.ConsentChanged;
import org.greenledger.contracts.greenfinance.ConsentExpired;
import org.greenledger.contracts.greenfinance.ConsentGranted;
import org.greenledger.contracts.greenfinance.ConsentRevoked;
import org.greenledger.contracts.greenfinance.ExpireConsent;
import org.greenledger.kernel.greenfinance.ConsentId;

/**
 * The consents' last days in {@code greenfinance_consent_expiries}: opened by a grant, moved by a
 * change, closed by a revocation or the expiry. {@link #fireDue()} expires every live consent whose
 * last day is over, so its end is an event too; the aggregate expires a consent once.
 */
@ProcessingGroup(ConsentExpiries.PROCESSING_GROUP)
class ConsentExpiries {

    static final String PROCESSING_GROUP = "greenfinance-consent-expiries";
    static final String SUBJECT = "consent-expiry";

    private final Deadlines deadlines;

    ConsentExpiries(MongoDatabase database, CommandGateway commands, Clock clock) {
        this.deadlines = new Deadlines(database.getCollection("greenfinance_consent_expiries"), commands, clock, SUBJECT);
    }

    @EventHandler
    void on(ConsentGranted e, TrackingToken token) {
        deadlines.open(e.consentId().value(), e.validUntil(), token);
    }

    @EventHandler
    void on(ConsentChanged e, TrackingToken token) {
        deadlines.open(e.consentId().value(), e.validUntil(), token);
    }

    @EventHandler
    void on(ConsentRevoked e, TrackingToken token) {
        deadlines.close(e.consentId().value(), "REVOKED", token);
    }

    @EventHandler
    void on(ConsentExpired e, TrackingToken token) {
        deadlines.close(e.consentId().value(), "EXPIRED", token);
    }

    /** @return the consents expired in this round */
    List<ConsentId> fireDue() {
        return deadlines.fireDue(id -> new ExpireConsent(ConsentId.of(id))).stream().map(ConsentId::of).toList();
    }
}
