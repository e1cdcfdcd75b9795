package org.greenledger.command.greenfinance;

import static org.greenledger.command.InvalidInputMatcher.invalidAt;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.greenledger.contracts.greenfinance.RegisterWebhook;
import org.greenledger.contracts.greenfinance.RemoveWebhook;
import org.greenledger.contracts.greenfinance.WebhookRegistered;
import org.greenledger.contracts.greenfinance.WebhookRemoved;
import org.greenledger.kernel.failure.IllegalTransition;
import org.greenledger.kernel.greenfinance.BankId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BankWebhookTest {

    static final BankId ICBC = BankId.of("icbc-sh");
    static final URI URL = URI.create("https://hooks.icbc.example/greenledger");
    static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");

    private final FixtureConfiguration<BankWebhook> fixture = new AggregateTestFixture<>(BankWebhook.class);

    @BeforeEach
    void pinTheClock() {
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void a_bank_registers_an_https_url_and_replaces_it() {
        fixture.givenNoPriorActivity()
                .when(new RegisterWebhook(ICBC, URL))
                .expectEvents(new WebhookRegistered(ICBC, URL, NOW));
        URI other = URI.create("https://hooks2.icbc.example/in");
        fixture.given(new WebhookRegistered(ICBC, URL, NOW))
                .when(new RegisterWebhook(ICBC, other))
                .expectEvents(new WebhookRegistered(ICBC, other, NOW));
        fixture.given(new WebhookRegistered(ICBC, URL, NOW))
                .when(new RegisterWebhook(ICBC, URL))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void plain_http_only_for_this_host_and_no_credentials_in_the_url() {
        fixture.givenNoPriorActivity()
                .when(new RegisterWebhook(ICBC, URI.create("http://127.0.0.1:9000/hook")))
                .expectEvents(new WebhookRegistered(ICBC, URI.create("http://127.0.0.1:9000/hook"), NOW));
        for (String bad : new String[]{"http://hooks.icbc.example/in", "https://user:pw@hooks.icbc.example/in", "/relative",
                "ftp://hooks.icbc.example/in"}) {
            fixture.givenNoPriorActivity()
                    .when(new RegisterWebhook(ICBC, URI.create(bad)))
                    .expectNoEvents()
                    .expectException(invalidAt("url"));
        }
    }

    @Test
    void a_registered_webhook_is_removed_once() {
        fixture.given(new WebhookRegistered(ICBC, URL, NOW))
                .when(new RemoveWebhook(ICBC))
                .expectEvents(new WebhookRemoved(ICBC, NOW));
        fixture.given(new WebhookRegistered(ICBC, URL, NOW), new WebhookRemoved(ICBC, NOW))
                .when(new RemoveWebhook(ICBC))
                .expectNoEvents()
                .expectException(IllegalTransition.class);
    }
}
