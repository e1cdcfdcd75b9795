package org.greenledger.kernel.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.greenledger.kernel.failure.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TceTest {

    @Test
    void equal_quantities_written_differently_are_equal() {
        assertThat(Tce.of("12.5")).isEqualTo(new Tce(new BigDecimal("12.50000")));
        assertThat(Tce.of("12.5").tonnes()).isEqualTo(new BigDecimal("12.500"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''       | tce.missing",
            "abc      | tce.format",
            "-0.001   | tce.negative",
            "1.0005   | tce.precision"
    })
    void a_wrong_quantity_is_refused_naming_the_rule(String tonnes, String rule) {
        assertThatThrownBy(() -> Tce.of(tonnes))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.code()).isEqualTo(rule));
    }

    @Test
    void a_product_is_rounded_half_even_to_the_kilogram() {
        assertThat(Tce.of("0.005").times(new BigDecimal("0.5"))).isEqualTo(Tce.of("0.002"));
        assertThat(Tce.of("0.007").times(new BigDecimal("0.5"))).isEqualTo(Tce.of("0.004"));
    }

    @Test
    void co2_has_its_own_rule_codes() {
        assertThatThrownBy(() -> Co2Tonnes.of("-1"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.code()).isEqualTo("co2.negative"));
    }
}
