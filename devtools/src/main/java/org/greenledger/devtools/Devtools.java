package org.greenledger.devtools;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.result.UpdateResult;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.greenledger.kernel.failure.DomainFailure;
import org.greenledger.platform.security.DevSigningKey;
import org.greenledger.platform.security.Role;

/**
 * Command line of the embedded mode: {@code mongo} runs the store, {@code token} signs a dev token,
 * {@code db-find} and {@code db-update} read and edit documents by hand (there is no MongoDB shell on
 * these machines).
 */
public final class Devtools {

    static final String KEY_FILE = "dev-signing-key.json";

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final String USAGE_TEXT = """
            Usage: devtools COMMAND [ARGS]

              mongo [--data DIR] [--port 27017] [--host 127.0.0.1]
                  Runs the embedded MongoDB-compatible store on DIR/mongo.mv.db until stopped
                  (Ctrl-C or SIGTERM). A write is committed and synced to disk before it is
                  acknowledged. Port 0 picks a free port.

              token ROLE [SUBJECT] [--data DIR] [--ttl 8h]
                  Prints a development token (RS256, signed with DIR/dev-signing-key.json,
                  created on first use) for the services of the embedded mode.
                    enterprise USCC      an enterprise, by its unified social credit code
                    bank BANK_ID         a partner bank, by its id
                    official [NAME]      programme officer   (default name official-1)
                    expert [NAME]        external reviewer   (default name expert-1)
                    auditor [NAME]       auditor             (default name auditor-1)
                  --ttl: lifetime as 90s, 30m, 8h, 2d or ISO-8601 (PT8H); default 8h.

              db-find COLLECTION FILTER [--uri mongodb://127.0.0.1:27017/greenledger]
                  Prints the documents FILTER matches (at most 20), one line of relaxed extended
                  JSON each, e.g. db-find commits '{"pos": 12}'.

              db-update COLLECTION FILTER UPDATE [--uri mongodb://127.0.0.1:27017/greenledger]
                  Changes one document by hand, as an operator (or an intruder) with write access
                  to the database could: FILTER and UPDATE are MongoDB extended JSON, e.g.
                    db-update commits '{"_id": 12}' '{"$set": {"events.0.payload": "{}"}}'
                  Prints how many documents matched and changed; exits 1 when none matched.
                  --uri (both) defaults to $MONGODB_URI, else the embedded store's.

            DIR defaults to $GREENLEDGER_DATA, else ./data.
            Exit codes: 0 done, 1 failed, 2 bad arguments.
            """;

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)([smhd])");

    private Devtools() {
    }

    public static void main(String[] args) {
        // the jar carries Spring Boot's logback; without a configuration it would log at DEBUG
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "org/greenledger/devtools/logback-devtools.xml");
        }
        int status = run(args, System.getenv(), Clock.systemUTC(), System.out, System.err);
        // a running store keeps the JVM alive through its server threads
        if (status != OK) {
            System.exit(status);
        }
    }

    static int run(String[] args, Map<String, String> env, Clock clock, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.print(USAGE_TEXT);
            return USAGE;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "mongo" -> mongo(Arguments.parse(rest, Set.of("--data", "--port", "--host")), env, out, err);
                case "token" -> token(Arguments.parse(rest, Set.of("--data", "--ttl")), env, clock, out, err);
                case "db-find" -> dbFind(Arguments.parse(rest, Set.of("--uri")), env, out, err);
                case "db-update" -> dbUpdate(Arguments.parse(rest, Set.of("--uri")), env, out, err);
                case "help", "--help", "-h" -> {
                    out.print(USAGE_TEXT);
                    yield OK;
                }
                default -> throw new UsageError("Unknown command '" + args[0] + "'.");
            };
        } catch (UsageError e) {
            err.println(e.getMessage());
            err.println();
            err.print(USAGE_TEXT);
            return USAGE;
        }
    }

    private static int mongo(Arguments arguments, Map<String, String> env, PrintStream out, PrintStream err)
            throws UsageError {
        arguments.requirePositional(0, 0);
        Path data = dataFolder(arguments, env);
        String host = arguments.option("--host", "127.0.0.1");
        int port = port(arguments.option("--port", "27017"));
        EmbeddedMongo mongo;
        try {
            mongo = EmbeddedMongo.start(data, host, port);
        } catch (IllegalStateException e) {
            err.println("Cannot start the embedded store: " + e.getMessage());
            return FAILED;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mongo.close();
            out.println("Embedded MongoDB stopped; " + mongo.file() + " closed.");
            out.flush();
        }, "embedded-mongo-shutdown"));
        // the launcher and the tests wait for this line
        out.println("Embedded MongoDB listening on " + mongo.connectionString() + " (data: " + mongo.file() + ")");
        out.flush();
        return OK;
    }

    private static int token(Arguments arguments, Map<String, String> env, Clock clock, PrintStream out,
                             PrintStream err) throws UsageError {
        if (arguments.positional().isEmpty()) {
            throw new UsageError("token needs a ROLE: enterprise, bank, official, expert or auditor.");
        }
        arguments.requirePositional(1, 2);
        Role role = role(arguments.positional().get(0));
        String subject = arguments.positional().size() > 1 ? arguments.positional().get(1) : null;
        if (role == Role.ENTERPRISE && subject == null) {
            throw new UsageError("An enterprise token needs the enterprise's USCC: token enterprise USCC");
        }
        if (role == Role.BANK && subject == null) {
            throw new UsageError("A bank token needs the bank's id: token bank BANK_ID");
        }
        Duration lifetime = lifetime(arguments.option("--ttl", "8h"));
        RSAKey key = DevSigningKey.loadOrCreate(dataFolder(arguments, env).resolve(KEY_FILE));
        try {
            out.println(DevTokens.issue(key, role, subject, lifetime, clock.instant()));
        } catch (DomainFailure e) {
            err.println("Not a valid USCC: " + e.getMessage() + " (" + e.code() + ")");
            return USAGE;
        }
        return OK;
    }

    private static int dbFind(Arguments arguments, Map<String, String> env, PrintStream out, PrintStream err)
            throws UsageError {
        arguments.requirePositional(2, 2);
        ConnectionString uri = uri(arguments, env);
        Document filter = json(arguments.positional().get(1), "FILTER");
        try (MongoClient client = client(uri)) {
            JsonWriterSettings relaxed = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();
            for (Document document : database(client, uri).getCollection(arguments.positional().get(0)).find(filter).limit(20)) {
                out.println(document.toJson(relaxed));
            }
            return OK;
        } catch (MongoException e) {
            err.println("The query failed: " + e.getMessage());
            return FAILED;
        }
    }

    private static int dbUpdate(Arguments arguments, Map<String, String> env, PrintStream out, PrintStream err)
            throws UsageError {
        arguments.requirePositional(3, 3);
        ConnectionString uri = uri(arguments, env);
        Document filter = json(arguments.positional().get(1), "FILTER");
        Document update = json(arguments.positional().get(2), "UPDATE");
        try (MongoClient client = client(uri)) {
            UpdateResult result = database(client, uri).getCollection(arguments.positional().get(0)).updateOne(filter, update);
            out.println("matched " + result.getMatchedCount() + ", modified " + result.getModifiedCount());
            return result.getMatchedCount() == 0 ? FAILED : OK;
        } catch (MongoException e) {
            err.println("The update failed: " + e.getMessage());
            return FAILED;
        }
    }

    private static ConnectionString uri(Arguments arguments, Map<String, String> env) throws UsageError {
        String fallback = env.getOrDefault("MONGODB_URI", "mongodb://127.0.0.1:27017/greenledger");
        try {
            return new ConnectionString(arguments.option("--uri", fallback));
        } catch (IllegalArgumentException e) {
            throw new UsageError("--uri is a MongoDB connection string: " + e.getMessage());
        }
    }

    private static MongoClient client(ConnectionString uri) {
        return MongoClients.create(MongoClientSettings.builder().applyConnectionString(uri)
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(5, TimeUnit.SECONDS)).build());
    }

    private static com.mongodb.client.MongoDatabase database(MongoClient client, ConnectionString uri) {
        return client.getDatabase(uri.getDatabase() == null ? "greenledger" : uri.getDatabase());
    }

    private static Document json(String text, String what) throws UsageError {
        try {
            return Document.parse(text);
        } catch (RuntimeException e) {
            throw new UsageError(what + " is a MongoDB extended JSON document, like '{\"_id\": 12}': " + e.getMessage());
        }
    }

    private static Path dataFolder(Arguments arguments, Map<String, String> env) {
        String fromEnv = env.get("GREENLEDGER_DATA");
        String fallback = fromEnv == null || fromEnv.isBlank() ? "data" : fromEnv;
        return Path.of(arguments.option("--data", fallback));
    }

    private static Role role(String raw) throws UsageError {
        try {
            return Role.valueOf(raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageError("Unknown role '" + raw + "'; one of: " + Arrays.stream(Role.values())
                    .map(r -> r.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + ".");
        }
    }

    private static int port(String raw) throws UsageError {
        try {
            int port = Integer.parseInt(raw);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new UsageError("--port takes a number from 0 to 65535, not '" + raw + "'.");
    }

    static Duration lifetime(String raw) throws UsageError {
        Duration lifetime;
        Matcher shortForm = SHORT_DURATION.matcher(raw);
        if (shortForm.matches()) {
            long amount = Long.parseLong(shortForm.group(1));
            lifetime = switch (shortForm.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        } else {
            try {
                lifetime = Duration.parse(raw);
            } catch (DateTimeParseException e) {
                throw new UsageError("--ttl takes a lifetime such as 90s, 30m, 8h, 2d or PT8H, not '" + raw + "'.");
            }
        }
        if (lifetime.isZero() || lifetime.isNegative()) {
            throw new UsageError("--ttl must be positive, not '" + raw + "'.");
        }
        return lifetime;
    }

    static final class UsageError extends Exception {
        UsageError(String message) {
            super(message);
        }
    }

    /** Positional arguments and {@code --name value} options, in any order. */
    record Arguments(List<String> positional, Map<String, String> options) {

        static Arguments parse(List<String> args, Set<String> allowed) throws UsageError {
            List<String> positional = new ArrayList<>();
            Map<String, String> options = new HashMap<>();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (!arg.startsWith("--")) {
                    positional.add(arg);
                    continue;
                }
                String name = arg;
                String value;
                int equals = arg.indexOf('=');
                if (equals > 0) {
                    name = arg.substring(0, equals);
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw new UsageError("Option " + arg + " needs a value.");
                }
                if (!allowed.contains(name)) {
                    throw new UsageError("Unknown option " + name + "; this command takes " + String.join(", ",
                            allowed.stream().sorted().toList()) + ".");
                }
                options.put(name, value);
            }
            return new Arguments(List.copyOf(positional), Map.copyOf(options));
        }

        void requirePositional(int min, int max) throws UsageError {
            if (positional.size() < min) {
                throw new UsageError("Missing argument.");
            }
            if (positional.size() > max) {
                throw new UsageError("Unexpected argument '" + positional.get(max) + "'.");
            }
        }

        String option(String name, String fallback) {
            return options.getOrDefault(name, fallback);
        }
    }
}
