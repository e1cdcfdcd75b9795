package org.greenledger.kernel.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class QuantityProperties {

    private static final long LIMIT = 1_000_000_000_000L;

    @Property
    void adding_then_subtracting_gives_the_amount_back(
            @ForAll @LongRange(max = LIMIT) long a, @ForAll @LongRange(max = LIMIT) long b) {
        Money first = Money.ofFen(a);
        Money second = Money.ofFen(b);

        assertThat(first.plus(second).minus(second)).isEqualTo(first);
        assertThat(first.plus(second)).isEqualTo(second.plus(first));
    }

    @Property
    void money_written_in_yuan_reads_back_the_same(@ForAll @LongRange(max = LIMIT) long fen) {
        Money amount = Money.ofFen(fen);

        assertThat(Money.ofYuan(amount.toYuan())).isEqualTo(amount);
    }

    @Property
    void a_share_of_at_most_one_never_exceeds_the_amount_nor_misses_it_by_a_fen(
            @ForAll @LongRange(max = LIMIT) long fen, @ForAll("shares") BigDecimal share) {
        Money amount = Money.ofFen(fen);
        Money part = amount.times(share);
        BigDecimal exact = BigDecimal.valueOf(fen).multiply(share);

        assertThat(part.exceeds(amount)).isFalse();
        assertThat(BigDecimal.valueOf(part.fen())).isLessThanOrEqualTo(exact);
        assertThat(exact.subtract(BigDecimal.valueOf(part.fen()))).isLessThan(BigDecimal.ONE);
    }

    @Property
    void the_smaller_of_two_amounts_exceeds_neither(
            @ForAll @LongRange(max = LIMIT) long a, @ForAll @LongRange(max = LIMIT) long b) {
        Money smaller = Money.ofFen(a).min(Money.ofFen(b));

        assertThat(smaller.exceeds(Money.ofFen(a)) || smaller.exceeds(Money.ofFen(b))).isFalse();
        assertThat(smaller.fen()).isEqualTo(Math.min(a, b));
    }

    @Property
    void tce_keeps_three_decimals_and_sums_exactly(@ForAll("kilograms") long a, @ForAll("kilograms") long b) {
        Tce first = new Tce(BigDecimal.valueOf(a, 3));
        Tce second = new Tce(BigDecimal.valueOf(b, 3));

        Tce sum = first.plus(second);

        assertThat(sum.tonnes().scale()).isEqualTo(3);
        assertThat(sum.tonnes()).isEqualTo(BigDecimal.valueOf(a + b, 3));
        assertThat(sum.minus(second)).isEqualTo(first);
        assertThat(Tce.of(first.tonnes().toPlainString())).isEqualTo(first);
    }

    @Property
    void tce_times_a_factor_rounds_half_even_to_the_kilogram(@ForAll("kilograms") long a, @ForAll("shares") BigDecimal factor) {
        Tce quantity = new Tce(BigDecimal.valueOf(a, 3));

        Tce product = quantity.times(factor);

        assertThat(product.tonnes().scale()).isEqualTo(3);
        assertThat(product.tonnes().subtract(quantity.tonnes().multiply(factor)).abs())
                .isLessThanOrEqualTo(new BigDecimal("0.0005"));
    }

    @Property
    void co2_tonnes_follow_the_same_arithmetic(@ForAll("kilograms") long a, @ForAll("kilograms") long b) {
        Co2Tonnes first = new Co2Tonnes(BigDecimal.valueOf(a, 3));
        Co2Tonnes second = new Co2Tonnes(BigDecimal.valueOf(b, 3));

        assertThat(first.plus(second).minus(second)).isEqualTo(first);
        assertThat(first.plus(second).compareTo(first)).isGreaterThanOrEqualTo(0);
    }

    @Provide
    Arbitrary<BigDecimal> shares() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(4);
    }

    @Provide
    Arbitrary<Long> kilograms() {
        return Arbitraries.longs().between(0, 1_000_000_000_000L);
    }
}
