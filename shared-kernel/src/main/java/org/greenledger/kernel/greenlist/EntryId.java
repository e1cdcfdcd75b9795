package org.greenledger.kernel.greenlist;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.failure.InvalidInput;

/**
 * The identity of a green-list entry: a UUID derived from what the entry is (batch, category,
 * enterprise, unit), so nominating the same unit twice in one batch reaches the same entry and is
 * refused there. {@link #toString()} is the raw UUID, because Axon routes commands by it.
 *
 * @param value the UUID in its canonical lower-case form
 */
public record EntryId(String value) {

    public EntryId {
        value = check(value);
    }

    public static EntryId of(String value) {
        return new EntryId(value);
    }

    /** The entry of this unit of this enterprise in this category and batch (a name-based UUID). */
    public static EntryId forUnit(BatchName batch, ListCategory category, Uscc enterprise, ListedUnit unit) {
        String name = "greenlist|" + batch.value() + "|" + category.name() + "|" + enterprise.value() + "|" + unit.identity();
        return new EntryId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
    }

    @Override
    public String toString() {
        return value;
    }

    private static String check(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInput("entry-id.missing", "An entry id is required.");
        }
        String id = raw.strip();
        try {
            UUID uuid = UUID.fromString(id);
            if (id.length() == 36 && uuid.toString().equals(id.toLowerCase())) {
                return uuid.toString();
            }
        } catch (IllegalArgumentException notAUuid) {
            // answered below
        }
        throw new InvalidInput("entry-id.format", "An entry id is a UUID such as 3f2b8c1e-5d4a-3b6f-9e21-0c7d8a9b1e2f; '"
                + id + "' is not.");
    }
}
