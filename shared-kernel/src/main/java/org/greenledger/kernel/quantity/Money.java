package org.greenledger.kernel.quantity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.greenledger.kernel.failure.InvalidInput;

/**
 * An amount of CNY, exact to the fen (分). Subsidies, budgets and loans are never negative, so
 * neither is a {@code Money}: a subtraction that would go below zero is refused. No floating
 * point anywhere: yuan are read from text and shares are {@link BigDecimal}s.
 *
 * @param fen the amount in fen, {@code >= 0}
 */
public record Money(long fen) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public Money {
        if (fen < 0) {
            throw new InvalidInput("money.negative", "An amount of money is never negative; got " + fen + " fen.");
        }
    }

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    /**
     * Reads an amount in yuan written with at most two decimals, e.g. {@code "12.34"} or
     * {@code "1200"}. More decimals are refused rather than rounded: a fraction of a fen is a
     * typing error, not an amount.
     */
    public static Money ofYuan(String yuan) {
        if (yuan == null || yuan.isBlank()) {
            throw new InvalidInput("money.missing", "An amount in yuan is required.");
        }
        BigDecimal parsed;
        try {
            parsed = new BigDecimal(yuan.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("money.format", "'" + yuan + "' is not an amount in yuan such as 12.34.");
        }
        if (parsed.stripTrailingZeros().scale() > 2) {
            throw new InvalidInput("money.precision", "An amount in yuan has at most two decimals (fen); '" + yuan + "' has more.");
        }
        return new Money(toFen(parsed, yuan));
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    /** Refuses ({@code money.negative}) when {@code other} is larger than this amount. */
    public Money minus(Money other) {
        if (other.fen > fen) {
            throw new InvalidInput("money.negative", "Taking " + other + " from " + this + " would leave less than nothing.");
        }
        return new Money(fen - other.fen);
    }

    /**
     * This amount times a non-negative share or rate, e.g. {@code 0.30} for "at most 30%".
     * Rounds DOWN to the fen: every share the plan sets is a ceiling ("不超过"), and rounding
     * down is the only rule under which the result never exceeds it.
     */
    public Money times(BigDecimal share) {
        if (share.signum() < 0) {
            throw new InvalidInput("money.negative-share", "A share or rate is never negative; got " + share + ".");
        }
        return new Money(BigDecimal.valueOf(fen).multiply(share).setScale(0, RoundingMode.DOWN).longValueExact());
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public boolean exceeds(Money other) {
        return fen > other.fen;
    }

    /** The amount in yuan with exactly two decimals, e.g. {@code "12.30"}. */
    public String toYuan() {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    @Override
    public String toString() {
        return "CNY " + toYuan();
    }

    private static long toFen(BigDecimal yuan, String raw) {
        try {
            return yuan.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInput("money.range", "'" + raw + "' yuan is out of range.");
        }
    }
}
