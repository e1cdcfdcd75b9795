package org.greenledger.command.greenfinance;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.greenledger.command.TextRules;
import org.greenledger.contracts.greenfinance.ChangeConsent;
import org.greenledger.contracts.greenfinance.ConsentChanged;
import org.greenledger.contracts.greenfinance.ConsentExpired;
import org.greenledger.contracts.greenfinance.ConsentGranted;
import org.greenledger.contracts.greenfinance.ConsentRevoked;
import org.greenledger.contracts.greenfinance.ConsentStatus;
import org.greenledger.contracts.greenfinance.ExpireConsent;
import org.greenledger.contracts.greenfinance.GrantConsent;
import org.greenledger.contracts.greenfinance.RevokeConsent;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.failure.Forbidden;
import org.greenledger.kernel.failure.IllegalTransition;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.failure.Refused;
import org.greenledger.kernel.greenfinance.ConsentId;
import org.greenledger.kernel.greenfinance.ConsentScope;

/**
 * An enterprise's consent to one bank (DOMAIN: green finance): what the bank may see of its green
 * record, from when to when (at most 12 months), and why. The enterprise changes or revokes it at
 * any time; it also ends after its last day, by the expiry deadline. Ownership is checked first.
 */
@Aggregate(cache = "aggregateCache", snapshotTriggerDefinition = "snapshotTriggerDefinition")
class Consent {

    static final int MAX_MONTHS = 12;
    static final int PURPOSE_MAX = 500;
    static final int REASON_MAX = 1000;

    @AggregateIdentifier
    private ConsentId id;
    private Uscc enterprise;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private Set<ConsentScope> scopes;
    private ConsentStatus status;

    protected Consent() {
    }

    @CommandHandler
    Consent(GrantConsent cmd, Clock clock) {
        if (cmd.enterprise() == null) {
            throw new InvalidInput("greenfinance.value-missing", "enterprise", "The granting enterprise is required.");
        }
        if (cmd.bank() == null) {
            throw new InvalidInput("greenfinance.value-missing", "bankId", "bankId is required.");
        }
        requireScopes(cmd.scopes());
        if (cmd.validFrom() == null) {
            throw new InvalidInput("greenfinance.value-missing", "validFrom", "validFrom is required, a date like 2026-12-01.");
        }
        LocalDate today = LocalDate.now(clock);
        if (cmd.validFrom().isBefore(today)) {
            throw new InvalidInput("greenfinance.consent-backdated", "validFrom", "A consent starts today (" + today
                    + ") or later, not on " + cmd.validFrom() + ".");
        }
        requireUntil(cmd.validFrom(), cmd.validUntil(), today);
        requireText(cmd.purpose(), "purpose", PURPOSE_MAX);
        apply(new ConsentGranted(cmd.consentId(), cmd.enterprise(), cmd.bank(), cmd.scopes(), cmd.validFrom(),
                cmd.validUntil(), cmd.purpose(), clock.instant()));
    }

    @CommandHandler
    void handle(ChangeConsent cmd, Clock clock) {
        requireOwner(cmd.enterprise());
        requireLive("changed");
        requireScopes(cmd.scopes());
        requireUntil(validFrom, cmd.validUntil(), LocalDate.now(clock));
        if (Set.copyOf(cmd.scopes()).equals(scopes) && cmd.validUntil().equals(validUntil)) {
            throw new InvalidInput("greenfinance.consent-unchanged", "scopes", "Consent " + id
                    + " has these scopes and this last day already.");
        }
        apply(new ConsentChanged(id, cmd.scopes(), cmd.validUntil(), clock.instant()));
    }

    @CommandHandler
    void handle(RevokeConsent cmd, Clock clock) {
        requireOwner(cmd.enterprise());
        requireLive("revoked");
        if (cmd.reason() != null) {
            requireText(cmd.reason(), "reason", REASON_MAX);
        }
        apply(new ConsentRevoked(id, cmd.reason(), clock.instant()));
    }

    /** The expiry deadline's command: a live consent whose last day is over ends. */
    @CommandHandler
    void handle(ExpireConsent cmd, Clock clock) {
        requireLive("expired");
        if (!LocalDate.now(clock).isAfter(validUntil)) {
            throw new Refused("greenfinance.consent-running", "Consent " + id + " runs until " + validUntil + ".");
        }
        apply(new ConsentExpired(id, validUntil, clock.instant()));
    }

    @EventSourcingHandler
    void on(ConsentGranted e) {
        id = e.consentId();
        enterprise = e.enterprise();
        validFrom = e.validFrom();
        validUntil = e.validUntil();
        scopes = e.scopes();
        status = ConsentStatus.LIVE;
    }

    @EventSourcingHandler
    void on(ConsentChanged e) {
        scopes = e.scopes();
        validUntil = e.validUntil();
    }

    @EventSourcingHandler
    void on(ConsentRevoked e) {
        status = ConsentStatus.REVOKED;
    }

    @EventSourcingHandler
    void on(ConsentExpired e) {
        status = ConsentStatus.EXPIRED;
    }

    private void requireOwner(Uscc caller) {
        if (!enterprise.equals(caller)) {
            throw new Forbidden("greenfinance.not-own-consent", "Consent " + id
                    + " was given by another enterprise; an enterprise changes its own consents only.");
        }
    }

    private void requireLive(String action) {
        if (status != ConsentStatus.LIVE) {
            throw new IllegalTransition("greenfinance.illegal-transition", "Consent " + id + " is " + status
                    + "; only a LIVE consent can be " + action + ".");
        }
    }

    private static void requireScopes(Set<ConsentScope> scopes) {
        if (scopes == null || scopes.isEmpty()) {
            throw new InvalidInput("greenfinance.scopes-empty", "scopes", "A consent names at least one scope: "
                    + Arrays.toString(ConsentScope.values()) + ".");
        }
    }

    /** Not over already, not before the first day, at most 12 months from it. */
    private static void requireUntil(LocalDate from, LocalDate until, LocalDate today) {
        if (until == null) {
            throw new InvalidInput("greenfinance.value-missing", "validUntil", "validUntil is required, a date like 2027-06-30.");
        }
        if (until.isBefore(from) || until.isBefore(today)) {
            throw new InvalidInput("greenfinance.consent-until", "validUntil", "A consent's last day lies on or after its "
                    + "first day (" + from + ") and today (" + today + "); " + until + " does not.");
        }
        LocalDate latest = from.plusMonths(MAX_MONTHS).minusDays(1);
        if (until.isAfter(latest)) {
            throw new InvalidInput("greenfinance.consent-too-long", "validUntil", "A consent lasts at most " + MAX_MONTHS
                    + " months: from " + from + " until " + latest + " at the latest, not " + until + ".");
        }
    }

    private static void requireText(String text, String field, int max) {
        TextRules.require("greenfinance", text, field, max);
    }
}
