package org.greenledger.kernel.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.greenledger.kernel.failure.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({"12.34, 1234", "12.3, 1230", "1200, 120000", "0.01, 1", "0, 0", "' 7.50 ', 750", "3.100, 310"})
    void yuan_are_read_exactly_to_the_fen(String yuan, long fen) {
        assertThat(Money.ofYuan(yuan)).isEqualTo(Money.ofFen(fen));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''        | money.missing",
            "12.345    | money.precision",
            "1,000     | money.format",
            "twelve    | money.format",
            "-1.00     | money.negative",
            "1e30      | money.range"
    })
    void a_wrong_amount_is_refused_naming_the_rule(String yuan, String rule) {
        assertThatThrownBy(() -> Money.ofYuan(yuan))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.code()).isEqualTo(rule));
    }

    @Test
    void an_amount_is_written_in_yuan_with_two_decimals() {
        assertThat(Money.ofFen(1230).toYuan()).isEqualTo("12.30");
        assertThat(Money.ofFen(5).toString()).isEqualTo("CNY 0.05");
    }

    @Test
    void a_share_is_rounded_down_to_the_fen_so_it_never_exceeds_its_ceiling() {
        Money investment = Money.ofYuan("100.01");

        assertThat(investment.times(new BigDecimal("0.30"))).isEqualTo(Money.ofFen(3000));
    }

    @Test
    void subtracting_more_than_there_is_is_refused() {
        assertThatThrownBy(() -> Money.ofYuan("1.00").minus(Money.ofYuan("1.01")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.code()).isEqualTo("money.negative"));
    }

    @Test
    void a_negative_share_is_refused() {
        assertThatThrownBy(() -> Money.ofYuan("1.00").times(new BigDecimal("-0.1")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.code()).isEqualTo("money.negative-share"));
    }
}
