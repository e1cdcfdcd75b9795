package org.greenledger.kernel.greenfinance;

import java.util.UUID;
import org.greenledger.kernel.Uuids;

/**
 * The identity of an enterprise's consent to a bank. {@link #toString()} is the raw UUID, because
 * Axon routes commands by it.
 *
 * @param value the UUID in its canonical lower-case form
 */
public record ConsentId(String value) {

    public ConsentId {
        value = Uuids.check(value, "consent-id", "A consent id");
    }

    public static ConsentId of(String value) {
        return new ConsentId(value);
    }

    public static ConsentId random() {
        return new ConsentId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
