package org.greenledger.kernel;

import java.util.UUID;
import org.greenledger.kernel.failure.InvalidInput;

/** The reading of UUID identities: canonical lower case, or refused naming what they identify. */
public final class Uuids {

    private Uuids() {
    }

    public static String check(String raw, String kind, String what) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInput(kind + ".missing", what + " is required.");
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
        throw new InvalidInput(kind + ".format", what + " is a UUID such as 3f2b8c1e-5d4a-4b6f-9e21-0c7d8a9b1e2f; '"
                + id + "' is not.");
    }
}
