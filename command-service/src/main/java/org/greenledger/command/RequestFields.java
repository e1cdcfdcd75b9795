package org.greenledger.command;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.quantity.Tce;

/**
 * The readings every feature's request bodies share: a value type from its raw JSON value, money in
 * yuan, tce, an enum by name, a date, trimmed text. A wrong value is refused naming the request field it came from.
 */
public final class RequestFields {

    private RequestFields() {
    }

    /** Parses a required value; the value type's refusal is re-addressed to {@code field}. */
    public static <R, T> T read(String field, R raw, Function<R, T> parse) {
        if (raw == null) {
            throw new InvalidInput("request.missing-field", field, field + " is required.");
        }
        try {
            return parse.apply(raw);
        } catch (InvalidInput e) {
            throw e.atField(field);
        }
    }

    /** Yuan with at most two decimals, kept in fen. */
    public static Money yuan(String field, BigDecimal raw) {
        return read(field, raw, value -> Money.ofYuan(value.toPlainString()));
    }

    public static Tce tce(String field, BigDecimal raw) {
        return read(field, raw, Tce::new);
    }

    public static <E extends Enum<E>> E choice(String field, String raw, Class<E> type) {
        E[] values = type.getEnumConstants();
        if (raw == null || raw.isBlank()) {
            throw new InvalidInput("request.missing-field", field, field + " is required, one of " + Arrays.toString(values) + ".");
        }
        for (E value : values) {
            if (value.name().equals(raw.strip())) {
                return value;
            }
        }
        throw new InvalidInput("request.unknown-value", field,
                field + " is one of " + Arrays.toString(values) + "; '" + raw + "' is none.");
    }

    /** An absent date stays null for the aggregate to require; a malformed one is refused here. */
    public static LocalDate date(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("request.date-format", field, field + " is a date written like 2026-03-31; '" + raw + "' is not.");
        }
    }

    /** Surrounding blanks are never meant; the aggregate judges what remains. */
    public static String text(String raw) {
        return raw == null ? null : raw.strip();
    }

    public static List<String> texts(List<String> raw) {
        return raw == null ? null : raw.stream().map(RequestFields::text).toList();
    }
}
