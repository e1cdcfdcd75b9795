package org.greenledger.query;

import com.mongodb.client.MongoCollection;
import java.util.List;
import java.util.Objects;
import org.bson.Document;

/**
 * Which collections hold one processing group's read model, and how to make a fresh instance of its
 * projection: each feature declares its own, so a read model's checksum covers all of it and nothing
 * that is not rebuilt from the events (an outbox, signing keys), and a rebuild can replay into other
 * collections than the ones in use.
 *
 * @param processingGroup the processor that keeps it
 * @param collections     its collections, by logical name (see {@link ReadModelGenerations})
 * @param projection      a fresh projection writing to the collections it is given; for a rebuild, so it must
 *                        send nothing (a webhook) that the projection in use has sent already
 */
public record ReadModelCollections(String processingGroup, List<String> collections, Projection projection) {

    public ReadModelCollections {
        collections = List.copyOf(collections);
        Objects.requireNonNull(projection, "projection");
    }

    /** A read model's collections by logical name: of the generation in use, or of one being rebuilt. */
    @FunctionalInterface
    public interface Lookup {
        MongoCollection<Document> get(String logicalName);
    }

    @FunctionalInterface
    public interface Projection {
        Object writingTo(Lookup collections);
    }
}
