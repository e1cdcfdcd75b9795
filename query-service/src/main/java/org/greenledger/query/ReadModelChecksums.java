package org.greenledger.query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * A checksum per read model that an auditor can compare before and after a rebuild: SHA-256 over each
 * of its collections in name order, each collection's name then every document in {@code _id} order as
 * canonical extended JSON, one per line. Fields keep the order the projection wrote them, which is the
 * same on every replay of the same events. Names are the logical ones and the documents those of the
 * generation in use ({@link ReadModelGenerations}), so a rebuilt generation compares equal to the one it
 * replaces. Sorting by {@code _id} scans on the embedded server: this is an audit operation, not a hot path.
 */
public class ReadModelChecksums {

    private static final JsonWriterSettings CANONICAL = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

    private final ReadModelGenerations generations;
    private final List<ReadModelCollections> readModels;

    public ReadModelChecksums(ReadModelGenerations generations, List<ReadModelCollections> readModels) {
        this.generations = generations;
        this.readModels = readModels.stream().sorted(Comparator.comparing(ReadModelCollections::processingGroup)).toList();
    }

    /**
     * One read model's checksum.
     *
     * @param processingGroup the read model's processor
     * @param collections     its collections
     * @param documents       how many documents they hold
     * @param sha256          the checksum, hex
     */
    public record Checksum(String processingGroup, List<String> collections, long documents, String sha256) {
    }

    public List<Checksum> all() {
        return readModels.stream().map(readModel -> of(readModel, generations.live(readModel.processingGroup()))).toList();
    }

    /** The checksum of the read model as {@code collections} hold it, whichever generation they are. */
    static Checksum of(ReadModelCollections readModel, ReadModelCollections.Lookup collections) {
        MessageDigest digest = sha256();
        long documents = 0;
        for (String collection : readModel.collections().stream().sorted().toList()) {
            digest.update(("collection " + collection + "\n").getBytes(StandardCharsets.UTF_8));
            for (Document document : collections.get(collection).find().sort(new Document("_id", 1))) {
                digest.update(document.toJson(CANONICAL).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
                documents++;
            }
        }
        return new Checksum(readModel.processingGroup(), readModel.collections(), documents,
                HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
