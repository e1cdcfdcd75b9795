package org.greenledger.query;

import java.util.List;

/**
 * Which collections hold one processing group's read model: each feature declares its own, so a
 * read model's checksum covers all of it and nothing that is not rebuilt from the events (an outbox,
 * signing keys).
 *
 * @param processingGroup the processor that keeps it
 * @param collections     its collections
 */
public record ReadModelCollections(String processingGroup, List<String> collections) {

    public ReadModelCollections {
        collections = List.copyOf(collections);
    }
}
