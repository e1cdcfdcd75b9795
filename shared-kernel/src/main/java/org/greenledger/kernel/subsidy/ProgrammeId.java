package org.greenledger.kernel.subsidy;

import java.util.UUID;
import org.greenledger.kernel.Uuids;

/**
 * The identity of a programme. {@link #toString()} is the raw UUID, because Axon routes commands by it.
 *
 * @param value the UUID in its canonical lower-case form
 */
public record ProgrammeId(String value) {

    public ProgrammeId {
        value = Uuids.check(value, "programme-id", "A programme id");
    }

    public static ProgrammeId of(String value) {
        return new ProgrammeId(value);
    }

    public static ProgrammeId random() {
        return new ProgrammeId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
