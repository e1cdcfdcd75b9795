package org.greenledger.query.greenfinance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.greenledger.contracts.greenfinance.ConsentRecord;
import org.greenledger.contracts.greenfinance.ConsentStatus;
import org.greenledger.contracts.greenfinance.FindConsents;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.failure.Forbidden;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenfinance.ConsentScope;
import org.greenledger.platform.query.ProcessorPositions;
import org.greenledger.platform.query.QuerySettings;

/**
 * Decides whether a bank may look, never from a stale view: the store's head is taken when the
 * read starts and every processor of this service must have covered it before the consent is
 * read. A revocation acknowledged before the read started is at or below that head, so it is seen;
 * a consent past its last day counts as ended even before its expiry event.
 */
class ConsentGuard {

    private final EventStore store;
    private final ProcessorPositions positions;
    private final QuerySettings settings;
    private final QueryGateway queries;
    private final Clock clock;

    ConsentGuard(EventStore store, ProcessorPositions positions, QuerySettings settings, QueryGateway queries, Clock clock) {
        this.store = store;
        this.positions = positions;
        this.settings = settings;
        this.queries = queries;
        this.clock = clock;
    }

    /** Waits until every read model reflects what was committed when the call began; answers that position. */
    long awaitCurrent() {
        TrackingToken head = store.createHeadToken();
        try {
            positions.awaitEveryProcessor(head, settings.maxWait(), settings.pollInterval(), "The query side");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the read models", interrupted);
        }
        return head.position().orElse(-1);
    }

    /** The bank's live consent from the enterprise that covers {@code needed}; refused (403) otherwise. */
    ConsentRecord requireLive(Uscc enterprise, BankId bank, Set<ConsentScope> needed) {
        LocalDate today = LocalDate.now(clock);
        List<ConsentRecord> consents = queries.query(new FindConsents(enterprise, bank),
                ResponseTypes.multipleInstancesOf(ConsentRecord.class)).join();
        List<ConsentRecord> live = consents.stream()
                .filter(c -> c.status() == ConsentStatus.LIVE && !today.isBefore(c.validFrom()) && !today.isAfter(c.validUntil()))
                .toList();
        if (live.isEmpty()) {
            throw new Forbidden("greenfinance.no-live-consent", "Bank " + bank + " has no live consent from " + enterprise
                    + " today (" + today + ")" + ended(consents) + "; the enterprise grants one.");
        }
        for (ConsentRecord consent : live) {
            if (consent.scopes().containsAll(needed)) {
                return consent;
            }
        }
        Set<ConsentScope> missing = EnumSet.copyOf(needed);
        live.forEach(c -> missing.removeAll(c.scopes()));
        throw new Forbidden("greenfinance.scope-not-consented", "Bank " + bank + "'s consent from " + enterprise
                + " does not cover " + missing + ", which this read needs (" + needed + ").");
    }

    private static String ended(List<ConsentRecord> consents) {
        if (consents.isEmpty()) {
            return "";
        }
        ConsentRecord latest = consents.get(0);
        return "; its latest consent " + latest.consentId() + " is " + latest.status()
                + (latest.status() == ConsentStatus.LIVE ? " for " + latest.validFrom() + " to " + latest.validUntil() : "");
    }
}
