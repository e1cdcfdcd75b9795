package org.greenledger.kernel.greenlist;

import java.math.BigDecimal;

/**
 * A volume of water in cubic metres, non-negative, to the litre.
 *
 * @param value the volume, scale 3
 */
public record CubicMetres(BigDecimal value) {

    private static final BigDecimal MAX = new BigDecimal("1000000000000");

    public CubicMetres {
        value = Decimals.check(value, "water", "A volume of water in m³", 3, BigDecimal.ZERO, MAX, false);
    }

    public static CubicMetres of(String value) {
        return new CubicMetres(Decimals.parse(value, "water", "A volume of water in m³"));
    }

    @Override
    public String toString() {
        return value.toPlainString() + " m³";
    }
}
