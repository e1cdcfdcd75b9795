package org.greenledger.command.greenfinance;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.greenledger.contracts.greenfinance.RegisterWebhook;
import org.greenledger.contracts.greenfinance.RemoveWebhook;
import org.greenledger.contracts.greenfinance.WebhookRegistered;
import org.greenledger.contracts.greenfinance.WebhookRemoved;
import org.greenledger.kernel.failure.IllegalTransition;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.greenfinance.BankId;

/**
 * Where a bank wants its notifications delivered, one per bank. Only https leaves the machine: plain
 * http is accepted for a receiver on this host (a bank's test setup), and a URL with credentials in it
 * is refused, since events are kept forever and must hold no secrets.
 */
@Aggregate
class BankWebhook {

    static final int URL_MAX = 2000;
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    @AggregateIdentifier
    private BankId bank;
    private URI url;

    protected BankWebhook() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterWebhook cmd, Clock clock) {
        URI checked = checked(cmd.url());
        if (checked.equals(url)) {
            return;
        }
        apply(new WebhookRegistered(cmd.bank(), checked, clock.instant()));
    }

    @CommandHandler
    void handle(RemoveWebhook cmd, Clock clock) {
        if (url == null) {
            throw new IllegalTransition("greenfinance.no-webhook", "Bank " + bank + " has no webhook to remove.");
        }
        apply(new WebhookRemoved(bank, clock.instant()));
    }

    @EventSourcingHandler
    void on(WebhookRegistered e) {
        bank = e.bank();
        url = e.url();
    }

    @EventSourcingHandler
    void on(WebhookRemoved e) {
        url = null;
    }

    static URI checked(URI url) {
        if (url == null) {
            throw new InvalidInput("greenfinance.value-missing", "url", "url is required: where notifications are posted.");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        boolean local = LOCAL_HOSTS.contains(host);
        if (!url.isAbsolute() || host.isEmpty() || !(scheme.equals("https") || (scheme.equals("http") && local))) {
            throw new InvalidInput("greenfinance.webhook-url", "url", "A webhook URL is an absolute https URL (http only "
                    + "on this host, for a test receiver); '" + url + "' is not.");
        }
        if (url.getUserInfo() != null || url.toString().length() > URL_MAX || url.getFragment() != null) {
            throw new InvalidInput("greenfinance.webhook-url", "url", "A webhook URL has no credentials or fragment and at most "
                    + URL_MAX + " characters.");
        }
        return url;
    }
}
