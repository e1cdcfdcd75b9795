package org.greenledger.query.greenfinance;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.greenledger.query.greenfinance.WebhookOutbox.Pending;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Sends the outbox's due deliveries on a daemon thread, every {@code poll-interval}: at least once, signed per
 * Standard Webhooks (asymmetric {@code v1a}, docs/webhooks.md), each failure retried after a doubling backoff, DEAD
 * after {@code max-attempts}. All it knows is in the outbox, so a restart simply resumes. Each attempt first claims
 * its delivery in the outbox, so of several query-service instances one makes it; another takes it over only after
 * {@code claim-lease}, when the first has died mid-attempt. One attempt at a time, which the few notifications of
 * an enterprise leaving the green list can afford; a bank that hangs costs one request timeout per attempt.
 */
final class WebhookSender implements SmartLifecycle {

    /** Deliveries read per look; a full one is followed by another at once. */
    static final int ROUND = 50;
    private static final Logger logger = LoggerFactory.getLogger(WebhookSender.class);
    private static final int MAX_ERROR = 200;

    private final WebhookOutbox outbox;
    private final DeliverySigner signer;
    private final WebhookSettings settings;
    private final Clock clock;
    private final HttpClient http;
    private ScheduledExecutorService scheduler;
    private volatile boolean stopping;
    private volatile CompletableFuture<HttpResponse<Void>> inFlight;

    WebhookSender(WebhookOutbox outbox, DeliverySigner signer, WebhookSettings settings, Clock clock) {
        this.outbox = outbox;
        this.signer = signer;
        this.settings = settings;
        this.clock = clock;
        // A redirect is a failed attempt: deliveries go to the URL the bank registered, and nowhere else.
        this.http = HttpClient.newBuilder().connectTimeout(settings.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public synchronized void start() {
        stopping = false;
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "webhook-sender");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::poll, 0, settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Cancels the request in flight, whose claim is given back for the next start, and lets the round end. Not by
     * interrupting the thread: that would break off an outbox update as well, and leave its delivery to the lease.
     */
    @Override
    public synchronized void stop() {
        if (scheduler == null) {
            return;
        }
        stopping = true;
        CompletableFuture<?> request = inFlight;
        if (request != null) {
            request.cancel(true);
        }
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
        scheduler = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    @Override
    public boolean isAutoStartup() {
        return settings.enabled();
    }

    /**
     * One look: attempts each due delivery this instance can claim.
     *
     * @return how many were due
     */
    int deliverDue() {
        List<Pending> due = outbox.due(clock.instant(), ROUND);
        for (Pending delivery : due) {
            if (stopping) {
                break;
            }
            attempt(delivery);
        }
        return due.size();
    }

    /** How long a delivery waits after its {@code failed}-th failed attempt. */
    Duration backoff(int failed) {
        Duration doubled = settings.initialBackoff().multipliedBy(1L << Math.min(failed - 1, 30));
        return doubled.compareTo(settings.maxBackoff()) < 0 ? doubled : settings.maxBackoff();
    }

    private void poll() {
        try {
            int due;
            do {
                due = deliverDue();
            } while (due == ROUND && !stopping);
        } catch (RuntimeException e) {
            logger.warn("A round of webhook deliveries failed; the next one retries: {}", e.toString());
        }
    }

    private void attempt(Pending due) {
        Instant now = clock.instant();
        WebhookDelivery delivery = due.delivery();
        long timestamp = now.getEpochSecond();
        Signature signature = signer.sign((delivery.id() + "." + timestamp + "." + delivery.body()).getBytes(UTF_8));
        HttpRequest request = request(delivery, timestamp, signature);
        Optional<Pending> claim = outbox.claim(due, now.plus(settings.claimLease()));
        if (claim.isEmpty()) {
            return;
        }
        String error;
        try {
            error = send(request);
        } catch (CancellationException | InterruptedException stopped) {
            // The bank may have it or not; the next start sends it again under the same webhook-id.
            outbox.release(claim.get(), clock.instant());
            if (stopped instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        if (!recorded(claim.get(), error)) {
            logger.info("Webhook {}: attempt {} outlasted its claim and another instance took it over; its outcome ({}) is not recorded",
                    delivery.id(), due.attempts() + 1, error == null ? "delivered" : error);
        }
    }

    /** Null for a 2xx, else how the attempt failed; a CancellationException if {@link #stop} cancelled it. */
    private String send(HttpRequest request) throws InterruptedException {
        CompletableFuture<HttpResponse<Void>> response = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        inFlight = response;
        if (stopping) {
            response.cancel(true);
        }
        try {
            int status = response.get().statusCode();
            return status >= 200 && status < 300 ? null : "HTTP " + status;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CancellationException cancelled) {
                throw cancelled;
            }
            if (cause instanceof HttpTimeoutException) {
                return "timeout";
            }
            String error = cause.getMessage() == null ? cause.getClass().getSimpleName()
                    : cause.getClass().getSimpleName() + ": " + cause.getMessage();
            return error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        } finally {
            inFlight = null;
        }
    }

    private HttpRequest request(WebhookDelivery delivery, long timestamp, Signature signature) {
        return HttpRequest.newBuilder(delivery.url())
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json")
                .header("webhook-id", delivery.id())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", "v1a," + Base64.getEncoder().encodeToString(signature.value()))
                .header("webhook-key-id", signature.kid())
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), UTF_8))
                .build();
    }

    private boolean recorded(Pending claim, String error) {
        Instant now = clock.instant();
        if (error == null) {
            return outbox.delivered(claim, now);
        }
        int attempts = claim.attempts() + 1;
        if (attempts < settings.maxAttempts()) {
            return outbox.failed(claim, error, now.plus(backoff(attempts)));
        }
        boolean recorded = outbox.failed(claim, error, null);
        if (recorded) {
            logger.warn("Webhook {} to bank {} is DEAD after {} attempts, the last {}; it stays in the outbox, not sent again",
                    claim.delivery().id(), claim.delivery().bank(), attempts, error);
        }
        return recorded;
    }
}
