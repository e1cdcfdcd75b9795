package org.greenledger.kernel.subsidy;

import org.greenledger.kernel.failure.InvalidInput;

/**
 * An external reviewer, by the subject of their token: the expert who scores is the one the token
 * names. {@link #toString()} is the raw value, because Axon routes commands by it.
 *
 * @param value 1-100 characters without blanks or control characters
 */
public record ExpertId(String value) {

    static final int MAX = 100;

    public ExpertId {
        if (value == null || value.isBlank()) {
            throw new InvalidInput("expert-id.missing", "An expert id is required.");
        }
        value = value.strip();
        if (value.length() > MAX || value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new InvalidInput("expert-id.format", "An expert id has 1-" + MAX
                    + " characters without blanks; '" + value + "' is not one.");
        }
    }

    public static ExpertId of(String value) {
        return new ExpertId(value);
    }

    /**
     * The expert's event stream: prefixed, since a token's subject may equal another aggregate's
     * id (an enterprise's subject is its USCC) and streams of all aggregates share one key space.
     */
    public String streamId() {
        return "expert:" + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
