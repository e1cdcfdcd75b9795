package org.greenledger.kernel;

import org.greenledger.kernel.failure.InvalidInput;

/**
 * The id of any record as its stream is keyed (a USCC, a UUID, a bank id, an expert id), or of a
 * correlation, as an auditor names it: one rule for every audit endpoint of both services.
 */
public final class RecordIds {

    public static final int MAX = 200;

    private RecordIds() {
    }

    /** The id stripped, or a refusal naming {@code field}. */
    public static String check(String raw, String field) {
        String id = raw == null ? "" : raw.strip();
        if (id.isEmpty() || id.length() > MAX || !id.matches("[A-Za-z0-9._:-]+")) {
            throw new InvalidInput("audit.id-format", field, field + " has 1-" + MAX
                    + " letters, digits, dots, colons, dashes or underscores; '" + raw + "' is not one.");
        }
        return id;
    }
}
