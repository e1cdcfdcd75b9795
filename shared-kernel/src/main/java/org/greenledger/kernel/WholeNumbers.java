package org.greenledger.kernel;

import org.greenledger.kernel.failure.InvalidInput;

/** A non-negative whole number read from a request (an event position, a tree size): one rule for both services. */
public final class WholeNumbers {

    private WholeNumbers() {
    }

    /**
     * @param what what the number is, for the message, e.g. "an event position"
     * @return the number, or a refusal with {@code code} naming {@code field}
     */
    public static long nonNegative(String raw, String field, String code, String what) {
        if (raw != null) {
            try {
                long number = Long.parseLong(raw.strip());
                if (number >= 0) {
                    return number;
                }
            } catch (NumberFormatException notANumber) {
                // refused below, like a negative number
            }
        }
        throw new InvalidInput(code, field, field + " must be a non-negative whole number (" + what + "), not '" + raw + "'.");
    }
}
