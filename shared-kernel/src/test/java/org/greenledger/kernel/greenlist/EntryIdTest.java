package org.greenledger.kernel.greenlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.failure.InvalidInput;
import org.junit.jupiter.api.Test;

class EntryIdTest {

    static final Uscc STEEL = Uscc.of("91310113MA1FL4G931");
    static final BatchName BATCH = BatchName.of("2026-1");

    @Test
    void the_same_unit_in_the_same_batch_and_category_has_the_same_id() {
        EntryId first = EntryId.forUnit(BATCH, ListCategory.GREEN_PARK, STEEL, ListedUnit.park("宝山园区", BigDecimal.ONE));
        EntryId again = EntryId.forUnit(BATCH, ListCategory.GREEN_PARK, STEEL, ListedUnit.park("宝山园区", BigDecimal.TEN));

        assertThat(again).isEqualTo(first);
    }

    @Test
    void another_batch_category_enterprise_or_unit_has_another_id() {
        ListedUnit plate = ListedUnit.product("热轧钢板", "Q355B");
        EntryId id = EntryId.forUnit(BATCH, ListCategory.GREEN_DESIGN_PRODUCT, STEEL, plate);

        assertThat(EntryId.forUnit(BatchName.of("2026-2"), ListCategory.GREEN_DESIGN_PRODUCT, STEEL, plate)).isNotEqualTo(id);
        assertThat(EntryId.forUnit(BATCH, ListCategory.GREEN_DESIGN_PRODUCT, Uscc.of("9131000013221158XC"), plate)).isNotEqualTo(id);
        assertThat(EntryId.forUnit(BATCH, ListCategory.GREEN_DESIGN_PRODUCT, STEEL, ListedUnit.product("热轧钢板", "Q235B")))
                .isNotEqualTo(id);
        assertThat(EntryId.forUnit(BATCH, ListCategory.GREEN_FACTORY, STEEL, ListedUnit.enterprise()))
                .isNotEqualTo(EntryId.forUnit(BATCH, ListCategory.ZERO_CARBON_FACTORY, STEEL, ListedUnit.enterprise()));
    }

    @Test
    void an_id_is_read_in_canonical_lower_case_and_printed_raw() {
        EntryId id = EntryId.of("3F2B8C1E-5D4A-3B6F-9E21-0C7D8A9B1E2F");

        assertThat(id).hasToString("3f2b8c1e-5d4a-3b6f-9e21-0c7d8a9b1e2f");
    }

    @Test
    void what_is_not_a_uuid_is_refused() {
        assertThatThrownBy(() -> EntryId.of("1-2-3-4-5"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.code()).isEqualTo("entry-id.format"));
        assertThatThrownBy(() -> EntryId.of("entry-17"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.code()).isEqualTo("entry-id.format"));
    }
}
