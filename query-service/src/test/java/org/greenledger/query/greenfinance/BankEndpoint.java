package org.greenledger.query.greenfinance;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bank's webhook endpoint on a free port, recording every request it gets. {@link #url} says how it answers: the
 * first receipts of each {@code webhook-id} fail as listed ({@code fail=500,hangup,slow}), every one fails
 * ({@code always=500}, {@code always=302}), after {@code wait} milliseconds; otherwise 204.
 */
final class BankEndpoint implements AutoCloseable {

    /** One request as the bank got it; {@code answer} is a status, {@code hangup} or {@code slow}. */
    record Receipt(String id, String timestamp, String signature, String keyId, String contentType, String body,
                   String path, String answer) {

        boolean acknowledged() {
            return answer.startsWith("2");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Receipt> receipts = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
    private final long slowMillis;

    /** @param slowMillis how long a {@code slow} answer takes: longer than the sender's request timeout */
    BankEndpoint(long slowMillis) {
        this.slowMillis = slowMillis;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    URI url(String query) {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/hooks"
                + (query.isEmpty() ? "" : "?" + query));
    }

    List<Receipt> receipts() {
        return List.copyOf(receipts);
    }

    List<Receipt> receipts(String id) {
        return receipts.stream().filter(receipt -> receipt.id().equals(id)).toList();
    }

    void forget() {
        receipts.clear();
        seen.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            Map<String, String> query = query(exchange.getRequestURI());
            int index = seen.computeIfAbsent(String.valueOf(id), any -> new AtomicInteger()).getAndIncrement();
            List<String> failures = query.containsKey("fail") ? List.of(query.get("fail").split(",")) : List.of();
            String answer = query.containsKey("always") ? query.get("always")
                    : index < failures.size() ? failures.get(index) : "204";
            receipts.add(new Receipt(id, exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"),
                    exchange.getRequestHeaders().getFirst("webhook-key-id"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(exchange.getRequestBody().readAllBytes(), UTF_8), exchange.getRequestURI().getPath(), answer));
            pause(Long.parseLong(query.getOrDefault("wait", "0")));
            switch (answer) {
                case "hangup" -> {
                    // closing the exchange before any answer closes the connection
                }
                case "slow" -> {
                    pause(slowMillis);
                    exchange.sendResponseHeaders(204, -1);
                }
                case "302" -> {
                    exchange.getResponseHeaders().add("Location", "/elsewhere");
                    exchange.sendResponseHeaders(302, -1);
                }
                default -> exchange.sendResponseHeaders(Integer.parseInt(answer), -1);
            }
        } finally {
            exchange.close();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new HashMap<>();
        if (uri.getQuery() != null) {
            for (String pair : uri.getQuery().split("&")) {
                String[] parts = pair.split("=", 2);
                query.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return query;
    }
}
