package org.greenledger.kernel.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.greenledger.kernel.failure.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndustryCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"C2614", "C261", "C26", "A01", "D4411", "I6510", "T98"})
    void a_code_of_section_letter_and_2_to_4_digits_is_accepted(String code) {
        assertThat(IndustryCode.of(code).value()).isEqualTo(code);
    }

    @Test
    void the_section_and_division_are_read_from_the_code() {
        IndustryCode chemicals = IndustryCode.of("C2614");

        assertThat(chemicals.section()).isEqualTo('C');
        assertThat(chemicals.division()).isEqualTo("26");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''      | industry.missing",
            "U9900   | industry.section",
            "c2614   | industry.section",
            "2614    | industry.section",
            "C2      | industry.format",
            "C26145  | industry.format",
            "C26A4   | industry.format",
            "C4411   | industry.division",
            "A06     | industry.division",
            "T97     | industry.division"
    })
    void a_wrong_code_is_refused_naming_the_rule(String code, String rule) {
        assertThatThrownBy(() -> IndustryCode.of(code))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.code()).isEqualTo(rule));
    }
}
