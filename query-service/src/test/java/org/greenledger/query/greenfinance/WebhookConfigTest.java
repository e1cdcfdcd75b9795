package org.greenledger.query.greenfinance;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;

/** The webhook beans as the query service makes them, with a test signer in place of the key ring's. */
class WebhookConfigTest {

    static MongoServer server;
    static MongoClient client;

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(WebhookConfig.class, TestBeans.class);

    @BeforeAll
    static void startServer() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.shutdown();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestBeans {

        @Bean
        MongoDatabase database() {
            return client.getDatabase("webhook-config-test");
        }

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        @Bean
        DeliverySigner signer() {
            return content -> new Signature("test-key", WebhookSenderTest.sign(content));
        }
    }

    @Test
    void the_sender_starts_with_the_service_on_the_documented_defaults() {
        context.run(started -> {
            assertThat(started).hasSingleBean(WebhookOutbox.class);
            assertThat(started.getBean(WebhookSender.class).isRunning()).isTrue();
            assertThat(started.getBean(WebhookSettings.class)).isEqualTo(new WebhookSettings(Duration.ofSeconds(1),
                    Duration.ofSeconds(2), Duration.ofMinutes(10), 10, Duration.ofSeconds(5), Duration.ofMinutes(1), true));
        });
    }

    @Test
    void disabled_the_sender_stays_stopped_and_deliveries_wait_in_the_outbox() {
        context.withPropertyValues("greenledger.webhooks.enabled=false")
                .run(started -> assertThat(started.getBean(WebhookSender.class).isRunning()).isFalse());
    }

    @Test
    void a_claim_lease_no_longer_than_two_request_timeouts_is_refused_at_startup() {
        context.withPropertyValues("greenledger.webhooks.claim-lease=10s", "greenledger.webhooks.request-timeout=5s")
                .run(refused -> assertThat(refused.getStartupFailure()).rootCause().hasMessageContaining("claim-lease"));
    }
}
