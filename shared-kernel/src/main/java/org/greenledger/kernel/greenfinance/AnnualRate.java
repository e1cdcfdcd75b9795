package org.greenledger.kernel.greenfinance;

import java.math.BigDecimal;
import org.greenledger.kernel.failure.InvalidInput;

/**
 * A loan's nominal annual interest rate in percent, e.g. {@code 3.45} for 3.45 % a year: more than
 * zero, at most 24 (the ceiling courts protect), at most four decimals (a basis point is 0.01).
 *
 * @param percent the rate in percent a year
 */
public record AnnualRate(BigDecimal percent) {

    static final BigDecimal MAX = BigDecimal.valueOf(24);
    static final int SCALE = 4;

    public AnnualRate {
        if (percent == null) {
            throw new InvalidInput("annual-rate.missing", "An annual rate in percent is required, e.g. 3.45.");
        }
        if (percent.signum() <= 0 || percent.compareTo(MAX) > 0 || percent.stripTrailingZeros().scale() > SCALE) {
            throw new InvalidInput("annual-rate.range", "An annual rate is more than 0 and at most " + MAX
                    + " percent, with at most " + SCALE + " decimals; " + percent.toPlainString() + " is not.");
        }
        percent = percent.setScale(SCALE);
    }

    public static AnnualRate of(String percent) {
        try {
            return new AnnualRate(new BigDecimal(percent.strip()));
        } catch (NumberFormatException | NullPointerException notANumber) {
            throw new InvalidInput("annual-rate.format", "An annual rate is a number of percent such as 3.45, not '"
                    + percent + "'.");
        }
    }

    /** The rate as a fraction, exact: 3.45 % is 0.0345. */
    public BigDecimal fraction() {
        return percent.movePointLeft(2);
    }

    @Override
    public String toString() {
        return percent.stripTrailingZeros().toPlainString() + "%";
    }
}
