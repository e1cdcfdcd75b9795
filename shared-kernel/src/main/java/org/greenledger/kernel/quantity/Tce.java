package org.greenledger.kernel.quantity;

import java.math.BigDecimal;

/**
 * Tonnes of standard coal equivalent (吨标准煤), the plan's unit of energy: non-negative and kept
 * to three decimals (a kilogram). Values with more decimals are refused, never rounded silently.
 *
 * @param tonnes the quantity, scale 3
 */
public record Tce(BigDecimal tonnes) implements Comparable<Tce> {

    public static final Tce ZERO = new Tce(BigDecimal.ZERO);

    public Tce {
        tonnes = Tonnes.check(tonnes, "tce");
    }

    /** Reads a decimal such as {@code "1250.5"}. */
    public static Tce of(String tonnes) {
        return new Tce(Tonnes.parse(tonnes, "tce"));
    }

    public Tce plus(Tce other) {
        return new Tce(tonnes.add(other.tonnes));
    }

    /** Refuses ({@code tce.negative}) when {@code other} is larger. */
    public Tce minus(Tce other) {
        return new Tce(tonnes.subtract(other.tonnes));
    }

    /**
     * This quantity times a non-negative factor, rounded HALF_EVEN to the kilogram: a measured
     * quantity has no ceiling to protect, so the unbiased rule keeps sums of many products honest.
     */
    public Tce times(BigDecimal factor) {
        return new Tce(Tonnes.times(tonnes, factor, "tce"));
    }

    @Override
    public int compareTo(Tce other) {
        return tonnes.compareTo(other.tonnes);
    }

    @Override
    public String toString() {
        return tonnes.toPlainString() + " tce";
    }
}
