package org.greenledger.kernel.greenlist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenledger.kernel.failure.InvalidInput;

/**
 * A batch of the list (批次), named by its year and its number within the year, e.g. {@code 2026-1}.
 *
 * @param value the year, a hyphen and the batch number 1-12, without leading zeros
 */
public record BatchName(String value) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-([1-9]|1[0-2])");
    static final int FIRST_YEAR = 2016;
    static final int LAST_YEAR = 2099;

    public BatchName {
        value = check(value);
    }

    public static BatchName of(String value) {
        return new BatchName(value);
    }

    public int year() {
        return Integer.parseInt(value.substring(0, 4));
    }

    @Override
    public String toString() {
        return value;
    }

    private static String check(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInput("batch.missing", "A batch name such as 2026-1 is required.");
        }
        String name = raw.strip();
        Matcher form = FORM.matcher(name);
        if (!form.matches()) {
            throw new InvalidInput("batch.format",
                    "A batch is named by its year and number, e.g. 2026-1 (number 1-12); '" + name + "' is not.");
        }
        int year = Integer.parseInt(form.group(1));
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInput("batch.year", "A batch year lies in " + FIRST_YEAR + "-" + LAST_YEAR
                    + " (the list began in 2016); " + year + " does not.");
        }
        return name;
    }
}
