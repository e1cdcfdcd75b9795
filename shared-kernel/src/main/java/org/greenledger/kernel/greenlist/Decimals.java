package org.greenledger.kernel.greenlist;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.greenledger.kernel.failure.InvalidInput;

/** The shared checks of the list's decimal quantities: present, within bounds, no hidden rounding. */
final class Decimals {

    private Decimals() {
    }

    static BigDecimal check(BigDecimal value, String kind, String what, int scale, BigDecimal min, BigDecimal max,
                            boolean minExclusive) {
        if (value == null) {
            throw new InvalidInput(kind + ".missing", what + " is required.");
        }
        BigDecimal exact = value.stripTrailingZeros();
        if (exact.scale() > scale) {
            throw new InvalidInput(kind + ".precision", what + " has at most " + scale + " decimals; "
                    + value.toPlainString() + " has more.");
        }
        boolean belowMin = minExclusive ? value.compareTo(min) <= 0 : value.compareTo(min) < 0;
        if (belowMin || value.compareTo(max) > 0) {
            throw new InvalidInput(kind + ".range", what + " lies " + (minExclusive ? "above " : "in ")
                    + min.toPlainString() + (minExclusive ? " and at most " : "-") + max.toPlainString() + "; "
                    + value.toPlainString() + " does not.");
        }
        return exact.setScale(scale, RoundingMode.UNNECESSARY);
    }

    static BigDecimal parse(String text, String kind, String what) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(kind + ".missing", what + " is required.");
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(kind + ".format", what + " is a decimal number such as 12.5; '" + text + "' is not.");
        }
    }
}
