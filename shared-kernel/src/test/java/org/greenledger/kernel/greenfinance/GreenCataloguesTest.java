package org.greenledger.kernel.greenfinance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.failure.NotFound;
import org.junit.jupiter.api.Test;

class GreenCataloguesTest {

    @Test
    void the_2019_guidance_catalogue_is_in_force_until_the_2025_catalogue_takes_over() {
        assertThat(GreenCatalogues.inForceOn(LocalDate.of(2019, 2, 14)).version()).isEqualTo("GIGC-2019");
        assertThat(GreenCatalogues.inForceOn(LocalDate.of(2025, 9, 30)).version()).isEqualTo("GIGC-2019");
        assertThat(GreenCatalogues.inForceOn(LocalDate.of(2025, 10, 1)).version()).isEqualTo("GFSP-2025");
        assertThat(GreenCatalogues.inForceOn(LocalDate.of(2040, 1, 1)).version()).isEqualTo("GFSP-2025");
    }

    @Test
    void before_the_first_catalogue_there_is_none_and_an_unknown_version_is_not_found() {
        assertThatThrownBy(() -> GreenCatalogues.inForceOn(LocalDate.of(2019, 2, 13))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("2019-02-14");
        assertThatThrownBy(() -> GreenCatalogues.version("GIGC-2015")).isInstanceOf(NotFound.class)
                .hasMessageContaining("GFSP-2025");
    }

    @Test
    void each_second_level_code_sits_under_a_first_level_code_of_the_same_version() {
        for (GreenCatalogue catalogue : GreenCatalogues.published()) {
            for (String code : catalogue.categories().keySet()) {
                assertThat(code).matches("\\d+(\\.\\d+)?");
                if (code.contains(".")) {
                    assertThat(catalogue.categories()).containsKey(code.substring(0, code.indexOf('.')));
                }
            }
        }
    }

    @Property
    void exactly_one_version_is_in_force_on_any_day_since_the_first(@ForAll @LongRange(min = 0, max = 20_000) long days) {
        LocalDate day = GreenCatalogues.GIGC_2019.effectiveFrom().plusDays(days);
        List<GreenCatalogue> inForce = GreenCatalogues.published().stream().filter(c -> c.inForceOn(day)).toList();
        assertThat(inForce).hasSize(1).containsExactly(GreenCatalogues.inForceOn(day));
    }
}
