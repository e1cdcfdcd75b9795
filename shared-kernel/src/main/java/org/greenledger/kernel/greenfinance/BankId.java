package org.greenledger.kernel.greenfinance;

import org.greenledger.kernel.failure.InvalidInput;

/**
 * A partner bank, as its tokens name it (the {@code bankId} claim), e.g. {@code icbc-sh}.
 *
 * @param value 1-64 letters, digits, dots, dashes or underscores
 */
public record BankId(String value) {

    static final int MAX = 64;

    public BankId {
        if (value == null || value.isBlank()) {
            throw new InvalidInput("bank-id.missing", "A bank id is required.");
        }
        value = value.strip();
        if (value.length() > MAX || !value.matches("[A-Za-z0-9._-]+")) {
            throw new InvalidInput("bank-id.format", "A bank id has 1-" + MAX
                    + " letters, digits, dots, dashes or underscores; '" + value + "' is not one.");
        }
    }

    public static BankId of(String value) {
        return new BankId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
