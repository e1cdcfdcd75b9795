package org.greenledger.kernel.greenlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.greenledger.kernel.failure.InvalidInput;
import org.junit.jupiter.api.Test;

class ListedUnitTest {

    @Test
    void a_product_keeps_its_name_and_model_stripped() {
        ListedUnit product = ListedUnit.product(" 热轧钢板 ", "Q355B ");

        assertThat(product).isEqualTo(new ListedUnit(UnitKind.PRODUCT, "热轧钢板", "Q355B", null));
    }

    @Test
    void a_park_keeps_its_area_to_the_thousandth() {
        assertThat(ListedUnit.park("宝山城市工业园区", new BigDecimal("12.5")).areaKm2()).isEqualTo(new BigDecimal("12.500"));
    }

    @Test
    void a_product_without_a_model_is_refused_naming_the_field() {
        assertThatThrownBy(() -> ListedUnit.product("热轧钢板", " "))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("productModel"));
    }

    @Test
    void a_park_of_no_area_or_with_too_fine_an_area_is_refused_naming_the_field() {
        assertThatThrownBy(() -> ListedUnit.park("宝山城市工业园区", BigDecimal.ZERO))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("parkAreaKm2"));
        assertThatThrownBy(() -> ListedUnit.park("宝山城市工业园区", new BigDecimal("1.0001")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.code()).isEqualTo("unit.area.precision"));
    }

    @Test
    void an_enterprise_unit_has_no_parts() {
        assertThatThrownBy(() -> new ListedUnit(UnitKind.ENTERPRISE, "厂", null, null))
                .isInstanceOf(InvalidInput.class);
        assertThat(ListedUnit.enterprise().name()).isNull();
    }

    @Test
    void a_name_of_201_characters_is_refused() {
        assertThatThrownBy(() -> ListedUnit.product("品".repeat(201), "A1"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("productName"));
    }
}
