package org.greenledger.kernel.quantity;

import java.math.BigDecimal;

/**
 * Tonnes of carbon dioxide, for the plan's CO2-intensity target: non-negative and kept to three
 * decimals (a kilogram), with the same rounding rule as {@link Tce}.
 *
 * @param tonnes the quantity, scale 3
 */
public record Co2Tonnes(BigDecimal tonnes) implements Comparable<Co2Tonnes> {

    public static final Co2Tonnes ZERO = new Co2Tonnes(BigDecimal.ZERO);

    public Co2Tonnes {
        tonnes = Tonnes.check(tonnes, "co2");
    }

    /** Reads a decimal such as {@code "830.25"}. */
    public static Co2Tonnes of(String tonnes) {
        return new Co2Tonnes(Tonnes.parse(tonnes, "co2"));
    }

    public Co2Tonnes plus(Co2Tonnes other) {
        return new Co2Tonnes(tonnes.add(other.tonnes));
    }

    /** Refuses ({@code co2.negative}) when {@code other} is larger. */
    public Co2Tonnes minus(Co2Tonnes other) {
        return new Co2Tonnes(tonnes.subtract(other.tonnes));
    }

    /** This quantity times a non-negative factor (e.g. an emission factor), rounded HALF_EVEN. */
    public Co2Tonnes times(BigDecimal factor) {
        return new Co2Tonnes(Tonnes.times(tonnes, factor, "co2"));
    }

    @Override
    public int compareTo(Co2Tonnes other) {
        return tonnes.compareTo(other.tonnes);
    }

    @Override
    public String toString() {
        return tonnes.toPlainString() + " t CO2";
    }
}
