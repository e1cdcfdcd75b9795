package org.greenledger.kernel.greenfinance;

import java.util.UUID;
import org.greenledger.kernel.Uuids;

/**
 * The identity of an enterprise's request to a bank for green credit. {@link #toString()} is the
 * raw UUID, because Axon routes commands by it.
 *
 * @param value the UUID in its canonical lower-case form
 */
public record CreditRequestId(String value) {

    public CreditRequestId {
        value = Uuids.check(value, "credit-request-id", "A credit request id");
    }

    public static CreditRequestId of(String value) {
        return new CreditRequestId(value);
    }

    public static CreditRequestId random() {
        return new CreditRequestId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
