package org.greenledger.kernel.greenlist;

import java.math.BigDecimal;

/**
 * A rate of 0-100 percent, to two decimals, such as a solid-waste utilisation rate (固废综合利用率).
 *
 * @param value the rate in percent, scale 2
 */
public record Percent(BigDecimal value) {

    private static final BigDecimal MAX = BigDecimal.valueOf(100);

    public Percent {
        value = Decimals.check(value, "percent", "A rate in percent", 2, BigDecimal.ZERO, MAX, false);
    }

    public static Percent of(String value) {
        return new Percent(Decimals.parse(value, "percent", "A rate in percent"));
    }

    @Override
    public String toString() {
        return value.toPlainString() + "%";
    }
}
