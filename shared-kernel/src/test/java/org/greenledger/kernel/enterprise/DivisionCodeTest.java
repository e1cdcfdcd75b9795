package org.greenledger.kernel.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.greenledger.kernel.failure.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DivisionCodeTest {

    @ParameterizedTest
    @CsvSource({"310113, 宝山区", "310115, 浦东新区", "310151, 崇明区", "310101, 黄浦区"})
    void a_shanghai_district_has_its_name(String code, String name) {
        DivisionCode division = DivisionCode.of(code);

        assertThat(division.inShanghai()).isTrue();
        assertThat(division.districtName()).contains(name);
    }

    @Test
    void the_city_itself_is_shanghai_without_a_district() {
        DivisionCode city = DivisionCode.of("310000");

        assertThat(city.inShanghai()).isTrue();
        assertThat(city.districtName()).isEmpty();
    }

    @Test
    void a_division_elsewhere_is_not_shanghai() {
        DivisionCode fuzhou = DivisionCode.of("350100");

        assertThat(fuzhou.inShanghai()).isFalse();
        assertThat(fuzhou.districtName()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''      | division.missing",
            "31011   | division.format",
            "3101130 | division.format",
            "31O113  | division.format",
            "101000  | division.province",
            "830000  | division.province",
            "310108  | division.shanghai-district",
            "310230  | division.shanghai-district"
    })
    void a_wrong_code_is_refused_naming_the_rule(String code, String rule) {
        assertThatThrownBy(() -> DivisionCode.of(code))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.code()).isEqualTo(rule));
    }
}
