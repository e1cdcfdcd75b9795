package org.greenledger.kernel.greenlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.greenledger.kernel.failure.InvalidInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GreenlistQuantitiesTest {

    @ParameterizedTest
    @CsvSource({"0, 0.0", "100, 100.0", "86.50, 86.5"})
    void a_score_lies_in_0_to_100_to_one_decimal(String raw, String kept) {
        assertThat(Score.of(raw).points()).isEqualTo(new BigDecimal(kept));
    }

    @ParameterizedTest
    @CsvSource({"100.1, score.range", "-0.1, score.range", "86.55, score.precision", "x, score.format"})
    void a_wrong_score_is_refused_with_its_rule(String raw, String code) {
        assertThatThrownBy(() -> Score.of(raw))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @ParameterizedTest
    @CsvSource({"100.01, percent.range", "-1, percent.range", "96.125, percent.precision"})
    void a_wrong_rate_is_refused_with_its_rule(String raw, String code) {
        assertThatThrownBy(() -> Percent.of(raw))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void water_is_kept_to_the_litre_and_never_negative() {
        assertThat(CubicMetres.of("35000.5").value()).isEqualTo(new BigDecimal("35000.500"));
        assertThatThrownBy(() -> CubicMetres.of("-1")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> CubicMetres.of("1.0001")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_years_declaration_is_due_by_the_end_of_the_next_first_quarter_and_reviews_come_every_three_years() {
        assertThat(UpkeepRules.declarationDue(2025)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(UpkeepRules.reviewDue(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2027, 2, 28));
    }
}
