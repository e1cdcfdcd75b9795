package org.greenledger.system;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.nimbusds.jose.jwk.RSAKey;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.greenledger.command.CommandServiceApplication;
import org.greenledger.devtools.DevTokens;
import org.greenledger.platform.security.DevSigningKey;
import org.greenledger.platform.security.Role;
import org.greenledger.query.QueryServiceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The whole system as {@code ./greenledger up} runs it, in one JVM: an embedded MongoDB-wire
 * server, the command service and the query service on free ports, tokens signed by the data
 * folder's dev key, and one clock for both that a test can move forward. Tests talk to it over real
 * HTTP only.
 */
final class RunningSystem implements AutoCloseable {

    private final MongoServer mongo;
    private final String mongoUri;
    private final Path data;
    private final RSAKey key;
    private final ConfigurableApplicationContext commandService;
    private final ConfigurableApplicationContext queryService;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final MovableClock clock = new MovableClock();

    private RunningSystem(String connectionOptions, Map<String, String> extraSettings) {
        mongo = new MongoServer(new MemoryBackend());
        InetSocketAddress address = mongo.bind();
        String database = "system-" + UUID.randomUUID();
        mongoUri = "mongodb://127.0.0.1:" + address.getPort() + "/" + database + connectionOptions;
        try {
            data = Files.createTempDirectory("greenledger-system");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        key = DevSigningKey.loadOrCreate(data.resolve("dev-signing-key.json"));
        commandService = start(CommandServiceApplication.class, extraSettings);
        queryService = start(QueryServiceApplication.class, extraSettings);
    }

    static RunningSystem start() {
        return new RunningSystem("", Map.of());
    }

    static RunningSystem start(Map<String, String> extraSettings) {
        return new RunningSystem("", extraSettings);
    }

    /** With options on the connection string, e.g. the write and read concerns of production. */
    static RunningSystem withConnectionOptions(String options) {
        return new RunningSystem(options, Map.of());
    }

    private ConfigurableApplicationContext start(Class<?> application, Map<String, String> extraSettings) {
        // as arguments, like a launcher's: they outrank every default a service or the platform sets
        Stream<String> settings = Stream.concat(Stream.of(
                        Map.entry("server.port", "0"),
                        Map.entry("greenledger.mongodb.uri", mongoUri),
                        Map.entry("greenledger.data", data.toString())),
                extraSettings.entrySet().stream()).map(setting -> "--" + setting.getKey() + "=" + setting.getValue());
        return new SpringApplicationBuilder(application)
                .initializers(context -> ((GenericApplicationContext) context).registerBean("movableClock", Clock.class,
                        () -> clock, definition -> definition.setPrimary(true)))
                .run(settings.toArray(String[]::new));
    }

    URI command(String path) {
        return URI.create("http://127.0.0.1:" + port(commandService) + path);
    }

    URI query(String path) {
        return URI.create("http://127.0.0.1:" + port(queryService) + path);
    }

    private static String port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getProperty("local.server.port");
    }

    String token(Role role, String subject) {
        return DevTokens.issue(key, role, subject, Duration.ofMinutes(10), Instant.now());
    }

    /** Moves both services' clock forward, as if that much time had passed. */
    void moveClock(Duration duration) {
        clock.moveBy(duration);
    }

    RSAKey signingKey() {
        return key;
    }

    ConfigurableApplicationContext queryContext() {
        return queryService;
    }

    /** A client of the store itself, for checks that look beneath the APIs. */
    MongoDatabase store(MongoClient client) {
        return client.getDatabase(new ConnectionString(mongoUri).getDatabase());
    }

    MongoClient storeClient() {
        return MongoClients.create(mongoUri);
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        queryService.close();
        commandService.close();
        mongo.shutdown();
    }
}
