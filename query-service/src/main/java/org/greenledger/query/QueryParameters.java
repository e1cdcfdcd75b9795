package org.greenledger.query;

import java.util.Arrays;
import java.util.function.Function;
import org.greenledger.kernel.failure.InvalidInput;

/**
 * Reads query parameters from their raw text, so that every bad one is a 400 naming the parameter
 * in our words rather than a framework's conversion message.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** A whole number within {@code min..max}. */
    public static int number(String parameter, String raw, int min, int max) {
        int value;
        try {
            value = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("request.wrong-type", parameter, parameter + " is a whole number; '" + raw + "' is not.");
        }
        if (value < min || value > max) {
            throw new InvalidInput("request.out-of-range", parameter, parameter + " is "
                    + (max == Integer.MAX_VALUE ? "at least " + min : min + "-" + max) + "; " + value + " is not.");
        }
        return value;
    }

    /** A page size of 1 to {@code max}, with a page that still lies within a listing. */
    public static int pageSize(int pageNumber, String size, int max) {
        int pageSize = number("size", size, 1, max);
        if ((long) pageNumber * pageSize > Integer.MAX_VALUE) {
            throw new InvalidInput("request.out-of-range", "page", "page " + pageNumber + " lies beyond any listing.");
        }
        return pageSize;
    }

    /** One of the enum's names, or {@code null} when the parameter is blank: no filter. */
    public static <E extends Enum<E>> E choice(String parameter, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(raw.strip())) {
                return value;
            }
        }
        throw new InvalidInput("request.unknown-value", parameter, parameter + " is one of "
                + Arrays.toString(type.getEnumConstants()) + "; '" + raw + "' is none.");
    }

    /** A value type read by {@code parse}; its refusal is re-addressed to the parameter. */
    public static <T> T read(String parameter, String raw, Function<String, T> parse) {
        try {
            return parse.apply(raw);
        } catch (InvalidInput e) {
            throw e.atField(parameter);
        }
    }
}
