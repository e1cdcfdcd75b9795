package org.greenledger.kernel.greenfinance;

import org.greenledger.kernel.failure.InvalidInput;

/**
 * A loan as the lending bank numbers it (its contract reference), e.g. {@code ICBC-SH-2026-000123}.
 *
 * @param value 1-64 letters, digits, dots, dashes, slashes or underscores
 */
public record LoanId(String value) {

    static final int MAX = 64;

    public LoanId {
        if (value == null || value.isBlank()) {
            throw new InvalidInput("loan-id.missing", "A loan id is required.");
        }
        value = value.strip();
        if (value.length() > MAX || !value.matches("[A-Za-z0-9._/-]+")) {
            throw new InvalidInput("loan-id.format", "A loan id has 1-" + MAX
                    + " letters, digits, dots, dashes, slashes or underscores; '" + value + "' is not one.");
        }
    }

    public static LoanId of(String value) {
        return new LoanId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
