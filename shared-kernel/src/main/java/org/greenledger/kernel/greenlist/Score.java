package org.greenledger.kernel.greenlist;

import java.math.BigDecimal;

/**
 * An evaluation score (评价得分) of 0-100 points, to one decimal.
 *
 * @param points the score, scale 1
 */
public record Score(BigDecimal points) {

    private static final BigDecimal MAX = BigDecimal.valueOf(100);

    public Score {
        points = Decimals.check(points, "score", "A score", 1, BigDecimal.ZERO, MAX, false);
    }

    public static Score of(String points) {
        return new Score(Decimals.parse(points, "score", "A score"));
    }

    @Override
    public String toString() {
        return points.toPlainString();
    }
}
