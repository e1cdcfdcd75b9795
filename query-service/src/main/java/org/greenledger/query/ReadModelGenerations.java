package org.greenledger.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;

/**
 * Which generation of each read model's collections is in use. A read model names its collections
 * logically; generation 0 keeps them under those names, generation n under {@code <name>__g<n>}. One
 * {@code _id}-keyed document per processing group in {@value #COLLECTION} names the generation in use,
 * so switching a whole read model to a rebuilt one is a single document write; it is cached here and
 * the cache changes with the switch.
 * <p>
 * Projections and query handlers hold the collections of {@link #live}: each call on them resolves the
 * generation in use, so one switch re-points the projection and every query at once, without either
 * knowing. The lookups are a dynamic proxy of the driver's interface rather than a supplier in every
 * projection, so projections and their tests keep plain collections.
 */
public class ReadModelGenerations {

    static final String COLLECTION = "read_model_generations";
    private static final String GENERATION = "generation";

    private final MongoDatabase database;
    private final MongoCollection<Document> generations;
    private final Map<String, Long> inUse = new ConcurrentHashMap<>();

    public ReadModelGenerations(MongoDatabase database) {
        this.database = database;
        this.generations = database.getCollection(COLLECTION);
    }

    /** The generation {@code processingGroup} reads and writes now. */
    public long current(String processingGroup) {
        return inUse.computeIfAbsent(processingGroup, group -> {
            Document stored = generations.find(new Document("_id", group)).first();
            return stored == null ? 0L : stored.getLong(GENERATION);
        });
    }

    public static String physical(String logicalName, long generation) {
        return generation == 0 ? logicalName : logicalName + "__g" + generation;
    }

    /** The read model's collections, each following the generation in use call by call. */
    public ReadModelCollections.Lookup live(String processingGroup) {
        return logicalName -> following(processingGroup, logicalName);
    }

    /** The collections of one generation, whether in use or not. */
    public ReadModelCollections.Lookup of(long generation) {
        return logicalName -> database.getCollection(physical(logicalName, generation));
    }

    /** Drops the collections of one generation of a read model, those there are. */
    void drop(ReadModelCollections readModel, long generation) {
        Set<String> existing = database.listCollectionNames().into(new HashSet<>());
        for (String collection : readModel.collections()) {
            if (existing.contains(physical(collection, generation))) {
                database.getCollection(physical(collection, generation)).drop();
            }
        }
    }

    /** Makes {@code generation} the one in use: one document write, then every {@link #live} collection follows. */
    void switchTo(String processingGroup, long generation, Instant at) {
        generations.replaceOne(new Document("_id", processingGroup),
                new Document("_id", processingGroup).append(GENERATION, generation).append("since", Date.from(at)),
                new ReplaceOptions().upsert(true));
        inUse.put(processingGroup, generation);
    }

    @SuppressWarnings("unchecked")
    private MongoCollection<Document> following(String processingGroup, String logicalName) {
        InvocationHandler resolve = (proxy, method, arguments) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == arguments[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> logicalName + " of " + processingGroup + " (generation in use)";
                };
            }
            MongoCollection<Document> inUseNow = database.getCollection(physical(logicalName, current(processingGroup)));
            try {
                return method.invoke(inUseNow, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (MongoCollection<Document>) Proxy.newProxyInstance(MongoCollection.class.getClassLoader(),
                new Class<?>[] {MongoCollection.class}, resolve);
    }
}
