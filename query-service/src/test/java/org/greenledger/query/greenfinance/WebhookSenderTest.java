package org.greenledger.query.greenfinance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.greenledger.query.greenfinance.DeliveryStatus.DEAD;
import static org.greenledger.query.greenfinance.DeliveryStatus.DELIVERED;
import static org.greenledger.query.greenfinance.DeliveryStatus.PENDING;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.query.greenfinance.BankEndpoint.Receipt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookSenderTest {

    static final Instant START = Instant.parse("2026-07-01T02:00:00Z");
    static final BankId ICBC = BankId.of("icbc-sh");
    static final String TYPE = "enterprise.left-green-list";
    static final KeyPair KEYS = ed25519();
    static final Duration REQUEST_TIMEOUT = Duration.ofMillis(400);
    static final Duration LEASE = Duration.ofSeconds(3);

    static MongoServer server;
    static MongoClient client;
    static BankEndpoint bank;
    MongoCollection<Document> deliveries;
    final List<WebhookSender> started = new ArrayList<>();

    @BeforeAll
    static void startServers() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        bank = new BankEndpoint(REQUEST_TIMEOUT.multipliedBy(3).toMillis());
    }

    @AfterAll
    static void stopServers() {
        bank.close();
        client.close();
        server.shutdown();
    }

    @BeforeEach
    void emptyOutbox() {
        deliveries = client.getDatabase("webhook-sender-test").getCollection(WebhookOutbox.COLLECTION);
        deliveries.drop();
        bank.forget();
    }

    @AfterEach
    void stopSenders() {
        started.forEach(WebhookSender::stop);
    }

    @Test
    void a_delivery_is_posted_once_under_its_id_signed_over_id_timestamp_and_body() {
        MutableClock clock = new MutableClock(START);
        WebhookOutbox outbox = new WebhookOutbox(deliveries, clock);
        WebhookSender sender = sender(outbox, clock, settings(Duration.ofSeconds(2), Duration.ofMinutes(10), 10), "key-1");
        String body = "{\"type\":\"enterprise.left-green-list\",\"uscc\":\"91310000MA1FL0XX01\",\"name\":\"宝钢\"}";
        outbox.enqueue(new WebhookDelivery("left-1", ICBC, bank.url(""), TYPE, body));

        assertThat(sender.deliverDue()).isEqualTo(1);
        assertThat(sender.deliverDue()).isZero();

        assertThat(bank.receipts()).singleElement().satisfies(receipt -> {
            assertThat(receipt.id()).isEqualTo("left-1");
            assertThat(receipt.timestamp()).isEqualTo(Long.toString(START.getEpochSecond()));
            assertThat(receipt.keyId()).isEqualTo("key-1");
            assertThat(receipt.contentType()).isEqualTo("application/json");
            assertThat(receipt.body()).isEqualTo(body);
            assertThat(receipt.signature()).startsWith("v1a,");
            assertThat(verifies(receipt)).isTrue();
            assertThat(verifies(new Receipt(receipt.id(), receipt.timestamp(), receipt.signature(), receipt.keyId(),
                    receipt.contentType(), body.replace("宝钢", "首钢"), receipt.path(), receipt.answer()))).isFalse();
        });
        assertThat(outbox.of(ICBC, null)).containsExactly(
                new DeliveryRecord("left-1", ICBC, bank.url(""), TYPE, DELIVERED, 1, START, null, START, null));
    }

    @Test
    void a_failed_delivery_is_retried_under_the_same_id_after_a_doubling_backoff_up_to_the_longest() {
        MutableClock clock = new MutableClock(START);
        WebhookOutbox outbox = new WebhookOutbox(deliveries, clock);
        WebhookSender sender = sender(outbox, clock, settings(Duration.ofSeconds(2), Duration.ofSeconds(5), 10), "key-1");
        outbox.enqueue(new WebhookDelivery("left-1", ICBC, bank.url("fail=500,500,500"), TYPE, "{}"));

        sender.deliverDue();
        assertThat(outbox.of(ICBC, null)).singleElement().satisfies(record -> {
            assertThat(record.status()).isEqualTo(PENDING);
            assertThat(record.attempts()).isEqualTo(1);
            assertThat(record.lastError()).isEqualTo("HTTP 500");
            assertThat(record.nextAttemptAt()).isEqualTo(START.plusSeconds(2));
        });
        clock.advance(Duration.ofSeconds(1));
        assertThat(sender.deliverDue()).as("not due yet").isZero();
        for (int wait : new int[] {1, 4, 5}) {
            clock.advance(Duration.ofSeconds(wait));
            sender.deliverDue();
        }

        assertThat(bank.receipts()).extracting(Receipt::id).containsOnly("left-1");
        assertThat(bank.receipts()).extracting(Receipt::answer).containsExactly("500", "500", "500", "204");
        assertThat(bank.receipts()).extracting(receipt -> Long.parseLong(receipt.timestamp()) - START.getEpochSecond())
                .as("2 s, 4 s, then 5 s (not 8) apart").containsExactly(0L, 2L, 6L, 11L);
        assertThat(bank.receipts()).allMatch(WebhookSenderTest::verifies);
        assertThat(outbox.of(ICBC, null)).containsExactly(new DeliveryRecord("left-1", ICBC, bank.url("fail=500,500,500"),
                TYPE, DELIVERED, 4, START, null, START.plusSeconds(11), "HTTP 500"));
    }

    @Test
    void when_the_last_attempt_fails_the_delivery_is_a_dead_letter_and_never_sent_again() {
        MutableClock clock = new MutableClock(START);
        WebhookOutbox outbox = new WebhookOutbox(deliveries, clock);
        WebhookSender sender = sender(outbox, clock, settings(Duration.ofSeconds(1), Duration.ofMinutes(1), 4), "key-1");
        outbox.enqueue(new WebhookDelivery("left-1", ICBC, bank.url("always=500"), TYPE, "{}"));

        for (int round = 0; round < 10; round++) {
            sender.deliverDue();
            clock.advance(Duration.ofMinutes(10));
        }

        assertThat(bank.receipts()).hasSize(4);
        assertThat(outbox.of(ICBC, DEAD)).singleElement().satisfies(record -> {
            assertThat(record.attempts()).isEqualTo(4);
            assertThat(record.lastError()).isEqualTo("HTTP 500");
            assertThat(record.nextAttemptAt()).isNull();
            assertThat(record.deliveredAt()).isNull();
        });
    }

    @Test
    void a_timeout_a_closed_connection_and_a_redirect_are_failed_attempts() {
        MutableClock clock = new MutableClock(START);
        WebhookOutbox outbox = new WebhookOutbox(deliveries, clock);
        WebhookSender sender = sender(outbox, clock, settings(Duration.ofSeconds(2), Duration.ofMinutes(10), 10), "key-1");
        outbox.enqueue(new WebhookDelivery("slow", ICBC, bank.url("fail=slow"), TYPE, "{}"));
        outbox.enqueue(new WebhookDelivery("hangup", ICBC, bank.url("fail=hangup"), TYPE, "{}"));
        outbox.enqueue(new WebhookDelivery("moved", ICBC, bank.url("always=302"), TYPE, "{}"));

        sender.deliverDue();
        assertThat(records(outbox)).allSatisfy((id, record) -> assertThat(record.status()).isEqualTo(PENDING));
        assertThat(records(outbox).get("slow").lastError()).isEqualTo("timeout");
        assertThat(records(outbox).get("hangup").lastError()).startsWith("IOException");
        assertThat(records(outbox).get("moved").lastError()).isEqualTo("HTTP 302");

        clock.advance(Duration.ofSeconds(2));
        sender.deliverDue();
        assertThat(records(outbox).get("slow").status()).isEqualTo(DELIVERED);
        assertThat(records(outbox).get("hangup").status()).isEqualTo(DELIVERED);
        assertThat(records(outbox).get("moved").status()).isEqualTo(PENDING);
        assertThat(bank.receipts()).extracting(Receipt::path).as("the redirect was not followed").containsOnly("/hooks");
    }

    @Test
    void a_delivery_enqueued_twice_is_sent_once() {
        MutableClock clock = new MutableClock(START);
        WebhookOutbox outbox = new WebhookOutbox(deliveries, clock);
        WebhookSender sender = sender(outbox, clock, settings(Duration.ofSeconds(2), Duration.ofMinutes(10), 10), "key-1");
        outbox.enqueue(new WebhookDelivery("left-1", ICBC, bank.url(""), TYPE, "{\"n\":1}"));
        outbox.enqueue(new WebhookDelivery("left-1", ICBC, bank.url(""), TYPE, "{\"n\":1}"));

        sender.deliverDue();
        clock.advance(Duration.ofHours(1));
        outbox.enqueue(new WebhookDelivery("left-1", ICBC, bank.url(""), TYPE, "{\"n\":1}"));
        sender.deliverDue();

        assertThat(bank.receipts()).hasSize(1);
        assertThat(outbox.of(ICBC, null)).extracting(DeliveryRecord::status).containsExactly(DELIVERED);
    }

    @Test
    void stopping_mid_attempt_gives_the_claim_back_and_the_attempt_is_made_again_under_the_same_id() {
        MutableClock clock = new MutableClock(START);
        WebhookOutbox outbox = new WebhookOutbox(deliveries, clock);
        WebhookSettings settings = settings(Duration.ofSeconds(2), Duration.ofMinutes(10), 10);
        WebhookSender sender = start(sender(outbox, clock, settings, "key-1"));
        outbox.enqueue(new WebhookDelivery("left-1", ICBC, bank.url("wait=300"), TYPE, "{}"));

        await(() -> bank.receipts().size() == 1);
        sender.stop();
        assertThat(outbox.of(ICBC, null)).singleElement().satisfies(record -> {
            assertThat(record.status()).isEqualTo(PENDING);
            assertThat(record.attempts()).isZero();
            assertThat(record.nextAttemptAt()).as("due again now, not after the lease").isEqualTo(START);
        });
        sender(outbox, clock, settings, "key-1").deliverDue();

        assertThat(bank.receipts()).extracting(Receipt::id).containsExactly("left-1", "left-1");
        assertThat(outbox.of(ICBC, DELIVERED)).extracting(DeliveryRecord::attempts).containsExactly(1);
    }

    @Test
    void a_new_sender_on_the_same_outbox_delivers_everything_a_stopped_one_left_pending() {
        Clock clock = Clock.systemUTC();
        WebhookOutbox outbox = new WebhookOutbox(deliveries, clock);
        WebhookSettings fast = new WebhookSettings(Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofMillis(400), 10,
                REQUEST_TIMEOUT, LEASE, true);
        for (int i = 0; i < 12; i++) {
            outbox.enqueue(new WebhookDelivery("left-" + i, ICBC, bank.url(i % 2 == 0 ? "fail=500,500&wait=30" : "wait=30"),
                    TYPE, "{\"n\":" + i + "}"));
        }

        WebhookSender first = start(sender(outbox, clock, fast, "key-1"));
        await(() -> bank.receipts().size() >= 8);
        first.stop();
        assertThat(first.isRunning()).isFalse();
        assertThat(outbox.of(ICBC, PENDING)).as("stopped mid-way").isNotEmpty();

        WebhookSender second = start(sender(new WebhookOutbox(deliveries, clock), clock, fast, "key-1"));
        await(() -> outbox.of(ICBC, DELIVERED).size() == 12);
        second.stop();

        Map<String, DeliveryRecord> records = records(outbox);
        assertThat(records).hasSize(12).allSatisfy((id, record) -> {
            assertThat(record.status()).isEqualTo(DELIVERED);
            assertThat(record.attempts()).as("two 500s before the 204 for even ids").isEqualTo(Integer.parseInt(id.substring("left-".length())) % 2 == 0 ? 3 : 1);
            assertThat(bank.receipts(id)).as(id + " acknowledged").anyMatch(Receipt::acknowledged);
        });
        assertThat(bank.receipts()).allMatch(receipt -> records.containsKey(receipt.id()) && verifies(receipt));
        // Only the attempt in flight at the stop may have reached the bank twice, under the same webhook-id.
        assertThat(bank.receipts()).filteredOn(Receipt::acknowledged).hasSizeBetween(12, 13);
    }

    @Test
    void two_senders_on_one_outbox_never_both_make_the_same_attempt() {
        Clock clock = Clock.systemUTC();
        WebhookOutbox outbox = new WebhookOutbox(deliveries, clock);
        WebhookSettings fast = new WebhookSettings(Duration.ofMillis(5), Duration.ofMillis(50), Duration.ofMillis(200), 10,
                REQUEST_TIMEOUT, LEASE, true);
        for (int i = 0; i < 20; i++) {
            outbox.enqueue(new WebhookDelivery("left-" + i, ICBC, bank.url("fail=500"), TYPE, "{\"n\":" + i + "}"));
        }

        start(sender(outbox, clock, fast, "key-a"));
        start(sender(new WebhookOutbox(deliveries, clock), clock, fast, "key-b"));
        await(() -> outbox.of(ICBC, DELIVERED).size() == 20);

        assertThat(records(outbox)).hasSize(20).allSatisfy((id, record) -> {
            assertThat(record.attempts()).isEqualTo(2);
            assertThat(bank.receipts(id)).extracting(Receipt::answer).as(id + ": one receipt per attempt")
                    .containsExactly("500", "204");
        });
    }

    static WebhookSettings settings(Duration initialBackoff, Duration maxBackoff, int maxAttempts) {
        return new WebhookSettings(Duration.ofMillis(20), initialBackoff, maxBackoff, maxAttempts, REQUEST_TIMEOUT, LEASE, true);
    }

    static WebhookSender sender(WebhookOutbox outbox, Clock clock, WebhookSettings settings, String kid) {
        return new WebhookSender(outbox, content -> new Signature(kid, sign(content)), settings, clock);
    }

    WebhookSender start(WebhookSender sender) {
        started.add(sender);
        sender.start();
        return sender;
    }

    static Map<String, DeliveryRecord> records(WebhookOutbox outbox) {
        return outbox.of(ICBC, null).stream().collect(Collectors.toMap(DeliveryRecord::id, Function.identity()));
    }

    /** As a bank checks: Ed25519 over {@code id.timestamp.body} with the published key. */
    static boolean verifies(Receipt receipt) {
        try {
            java.security.Signature ed25519 = java.security.Signature.getInstance("Ed25519");
            ed25519.initVerify(KEYS.getPublic());
            ed25519.update((receipt.id() + "." + receipt.timestamp() + "." + receipt.body()).getBytes(UTF_8));
            return ed25519.verify(Base64.getDecoder().decode(receipt.signature().substring("v1a,".length())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] sign(byte[] content) {
        try {
            java.security.Signature ed25519 = java.security.Signature.getInstance("Ed25519");
            ed25519.initSign(KEYS.getPrivate());
            ed25519.update(content);
            return ed25519.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair ed25519() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("within 10 s").isLessThan(deadline);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
