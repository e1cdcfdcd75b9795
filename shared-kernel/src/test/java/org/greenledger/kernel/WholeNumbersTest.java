package org.greenledger.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.greenledger.kernel.failure.InvalidInput;
import org.junit.jupiter.api.Test;

class WholeNumbersTest {

    @Property
    void every_non_negative_number_reads_back_as_itself(@ForAll @LongRange(min = 0) long number) {
        assertThat(WholeNumbers.nonNegative(" " + number + " ", "position", "test.code", "a position")).isEqualTo(number);
    }

    @Property
    void a_negative_number_is_refused_naming_the_field(@ForAll @LongRange(min = Long.MIN_VALUE, max = -1) long number) {
        assertThatThrownBy(() -> WholeNumbers.nonNegative(Long.toString(number), "size", "test.code", "a tree size"))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> {
                    assertThat(refused.field()).isEqualTo("size");
                    assertThat(refused.code()).isEqualTo("test.code");
                    assertThat(refused.getMessage()).contains("a tree size").contains("'" + number + "'");
                });
    }

    @Test
    void what_is_not_a_whole_number_is_refused() {
        for (String raw : new String[]{null, "", "soon", "1.5", "0x10", "99999999999999999999"}) {
            assertThatThrownBy(() -> WholeNumbers.nonNegative(raw, "position", "test.code", "a position")).as(raw)
                    .isInstanceOf(InvalidInput.class);
        }
    }
}
