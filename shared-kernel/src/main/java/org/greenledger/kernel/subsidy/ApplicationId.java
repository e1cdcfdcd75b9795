package org.greenledger.kernel.subsidy;

import java.util.UUID;
import org.greenledger.kernel.Uuids;

/**
 * The identity of a application. {@link #toString()} is the raw UUID, because Axon routes commands by it.
 *
 * @param value the UUID in its canonical lower-case form
 */
public record ApplicationId(String value) {

    public ApplicationId {
        value = Uuids.check(value, "application-id", "An application id");
    }

    public static ApplicationId of(String value) {
        return new ApplicationId(value);
    }

    public static ApplicationId random() {
        return new ApplicationId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
