package org.greenledger.kernel.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.greenledger.kernel.failure.InvalidInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "91350100M000100Y43",   // the example of GB 32100-2015
            "9131000013221158XC",   // organization code check character X
            "91310113MA1FL4G931",
            "123100004250387689",
            "523101155013254601",
            "N1310000AB12CD34XU",
            " 91350100M000100Y43 "  // surrounding blanks are not part of the code
    })
    void a_valid_code_is_accepted(String code) {
        assertThat(Uscc.of(code).value()).isEqualTo(code.strip());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                    | uscc.missing",
            "91350100M000100Y4     | uscc.length",
            "91350100M000100Y433   | uscc.length",
            "91350100M000100I43    | uscc.character",
            "91350100m000100Y43    | uscc.character",
            "B1350100M000100Y43    | uscc.registration-authority",
            "90350100M000100Y43    | uscc.entity-type",
            "9A350100M000100Y43    | uscc.entity-type",
            "9135A100M000100Y43    | uscc.division",
            "91350100M000100Y53    | uscc.organization-code-check",
            "91350100M000100Y44    | uscc.check-character"
    })
    void an_invalid_code_is_refused_naming_the_rule_it_breaks(String code, String rule) {
        assertThatThrownBy(() -> Uscc.of(code))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.code()).isEqualTo(rule))
                .hasMessageNotContaining("null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43"})
    void the_division_is_characters_3_to_8(String code) {
        assertThat(Uscc.of(code).divisionCode()).isEqualTo("350100");
    }
}
