package org.greenledger.kernel.enterprise;

import org.greenledger.kernel.failure.InvalidInput;

/**
 * A national economic industry classification code of GB/T 4754-2017: the section letter A-T
 * followed by the 2-digit division, optionally refined to the 3-digit group or 4-digit class,
 * e.g. {@code C2614} (有机化学原料制造). The division must belong to the section (26 is in C).
 *
 * @param value the code, e.g. {@code C2614}
 */
public record IndustryCode(String value) {

    /** The first and last division of each section A-T. */
    private static final int[][] SECTION_DIVISIONS = {
            {1, 5}, {6, 12}, {13, 43}, {44, 46}, {47, 50}, {51, 52}, {53, 60}, {61, 62}, {63, 65}, {66, 69},
            {70, 70}, {71, 72}, {73, 75}, {76, 79}, {80, 82}, {83, 83}, {84, 85}, {86, 90}, {91, 97}, {98, 98}};

    public IndustryCode {
        value = check(value);
    }

    public static IndustryCode of(String value) {
        return new IndustryCode(value);
    }

    /** The section letter, e.g. {@code 'C'} for manufacturing. */
    public char section() {
        return value.charAt(0);
    }

    /** The two-digit division, e.g. {@code "26"}. */
    public String division() {
        return value.substring(1, 3);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String check(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInput("industry.missing", "An industry code (GB/T 4754) is required.");
        }
        String code = raw.strip();
        char section = code.charAt(0);
        if (section < 'A' || section > 'T') {
            throw new InvalidInput("industry.section", "A GB/T 4754 code starts with its section letter A-T;"
                    + " '" + code + "' starts with '" + section + "'.");
        }
        String digits = code.substring(1);
        if (digits.length() < 2 || digits.length() > 4 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidInput("industry.format", "After the section letter a GB/T 4754 code has 2, 3 or 4 digits"
                    + " (division, group, class), e.g. C2614; '" + code + "' has not.");
        }
        int division = Integer.parseInt(digits.substring(0, 2));
        int[] range = SECTION_DIVISIONS[section - 'A'];
        if (division < range[0] || division > range[1]) {
            throw new InvalidInput("industry.division", "Division " + digits.substring(0, 2) + " is not in section "
                    + section + " of GB/T 4754, which holds divisions " + twoDigits(range[0]) + "-" + twoDigits(range[1]) + ".");
        }
        return code;
    }

    private static String twoDigits(int division) {
        return division < 10 ? "0" + division : String.valueOf(division);
    }
}
