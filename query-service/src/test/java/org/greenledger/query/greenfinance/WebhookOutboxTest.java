package org.greenledger.query.greenfinance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.bson.Document;
import org.greenledger.kernel.greenfinance.BankId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookOutboxTest {

    static final BankId ICBC = BankId.of("icbc-sh");
    static final BankId CCB = BankId.of("ccb-sh");
    static final Instant START = Instant.parse("2026-07-01T02:00:00Z");

    static MongoServer server;
    static MongoClient client;
    MongoCollection<Document> deliveries;
    MutableClock clock;
    WebhookOutbox outbox;

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

    @BeforeEach
    void emptyOutbox() {
        deliveries = client.getDatabase("webhook-outbox-test").getCollection(WebhookOutbox.COLLECTION);
        deliveries.drop();
        clock = new MutableClock(START);
        outbox = new WebhookOutbox(deliveries, clock);
    }

    @Test
    void enqueueing_a_delivery_again_changes_nothing() {
        outbox.enqueue(delivery("left-1", ICBC, "{\"n\":1}"));
        clock.advance(Duration.ofMinutes(1));
        outbox.enqueue(delivery("left-1", ICBC, "{\"n\":2}"));

        assertThat(outbox.of(ICBC, null)).containsExactly(new DeliveryRecord("left-1", ICBC,
                URI.create("https://bank.example/hooks"), "enterprise.left-green-list", DeliveryStatus.PENDING, 0, START, START,
                null, null));
        assertThat(deliveries.find().first().getString("body")).isEqualTo("{\"n\":1}");
    }

    @Test
    void a_bank_sees_its_own_deliveries_newest_first_all_or_by_status() {
        outbox.enqueue(delivery("left-1", ICBC, "{}"));
        clock.advance(Duration.ofSeconds(1));
        outbox.enqueue(delivery("left-2", CCB, "{}"));
        clock.advance(Duration.ofSeconds(1));
        outbox.enqueue(delivery("left-3", ICBC, "{}"));
        WebhookOutbox.Pending third = outbox.due(clock.instant(), 10).get(2);
        outbox.delivered(outbox.claim(third, clock.instant().plusSeconds(60)).orElseThrow(), clock.instant());

        assertThat(outbox.of(ICBC, null)).extracting(DeliveryRecord::id).containsExactly("left-3", "left-1");
        assertThat(outbox.of(ICBC, DeliveryStatus.PENDING)).extracting(DeliveryRecord::id).containsExactly("left-1");
        assertThat(outbox.of(ICBC, DeliveryStatus.DELIVERED)).singleElement().satisfies(record -> {
            assertThat(record.attempts()).isEqualTo(1);
            assertThat(record.deliveredAt()).isEqualTo(START.plusSeconds(2));
            assertThat(record.nextAttemptAt()).isNull();
        });
        assertThat(outbox.of(CCB, DeliveryStatus.DEAD)).isEmpty();
    }

    @Test
    void of_two_instances_that_read_the_same_due_delivery_one_claims_it() {
        outbox.enqueue(delivery("left-1", ICBC, "{}"));
        WebhookOutbox.Pending readByOne = outbox.due(clock.instant(), 10).get(0);
        WebhookOutbox.Pending readByOther = outbox.due(clock.instant(), 10).get(0);

        assertThat(outbox.claim(readByOne, clock.instant().plusSeconds(60))).isPresent();
        assertThat(outbox.claim(readByOther, clock.instant().plusSeconds(60))).isEmpty();
        assertThat(outbox.due(clock.instant(), 10)).isEmpty();
        assertThat(outbox.due(clock.instant().plusSeconds(60), 10)).hasSize(1);
    }

    @Test
    void a_delivery_goes_to_an_absolute_http_url_under_an_id_fit_for_a_header_and_the_signed_content() {
        assertThatThrownBy(() -> new WebhookDelivery("left-1", ICBC, URI.create("ftp://bank.example/"), "t", "{}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WebhookDelivery("left-1", ICBC, URI.create("/hooks"), "t", "{}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WebhookDelivery("left 1\r\n", ICBC, URI.create("https://bank.example/"), "t", "{}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WebhookDelivery("left.1", ICBC, URI.create("https://bank.example/"), "t", "{}"))
                .as("a full stop would make id.timestamp.body ambiguous").isInstanceOf(IllegalArgumentException.class);
    }

    static WebhookDelivery delivery(String id, BankId bank, String body) {
        return new WebhookDelivery(id, bank, URI.create("https://bank.example/hooks"), "enterprise.left-green-list", body);
    }
}
