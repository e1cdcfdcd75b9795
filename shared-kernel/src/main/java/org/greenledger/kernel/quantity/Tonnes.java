package org.greenledger.kernel.quantity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.greenledger.kernel.failure.InvalidInput;

/** The shared rules of the tonne quantities: non-negative, three decimals (kilograms). */
final class Tonnes {

    static final int SCALE = 3;

    private Tonnes() {
    }

    static BigDecimal check(BigDecimal tonnes, String kind) {
        if (tonnes == null) {
            throw new InvalidInput(kind + ".missing", "A quantity in tonnes is required.");
        }
        if (tonnes.signum() < 0) {
            throw new InvalidInput(kind + ".negative", "A quantity in tonnes is never negative; got " + tonnes.toPlainString() + ".");
        }
        BigDecimal exact = tonnes.stripTrailingZeros();
        if (exact.scale() > SCALE) {
            throw new InvalidInput(kind + ".precision", "A quantity in tonnes has at most " + SCALE
                    + " decimals (kilograms); " + tonnes.toPlainString() + " has more.");
        }
        return exact.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    static BigDecimal parse(String tonnes, String kind) {
        if (tonnes == null || tonnes.isBlank()) {
            throw new InvalidInput(kind + ".missing", "A quantity in tonnes is required.");
        }
        try {
            return new BigDecimal(tonnes.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(kind + ".format", "'" + tonnes + "' is not a number of tonnes such as 12.5.");
        }
    }

    static BigDecimal times(BigDecimal tonnes, BigDecimal factor, String kind) {
        if (factor.signum() < 0) {
            throw new InvalidInput(kind + ".negative-factor", "A factor is never negative; got " + factor + ".");
        }
        return tonnes.multiply(factor).setScale(SCALE, RoundingMode.HALF_EVEN);
    }
}
