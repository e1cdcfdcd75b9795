package org.greenledger.kernel.greenlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.greenledger.kernel.failure.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BatchNameTest {

    @Test
    void a_batch_names_its_year() {
        BatchName batch = BatchName.of(" 2026-1 ");

        assertThat(batch.value()).isEqualTo("2026-1");
        assertThat(batch.year()).isEqualTo(2026);
        assertThat(batch).hasToString("2026-1");
    }

    @ParameterizedTest
    @CsvSource({"2026-0, batch.format", "2026-13, batch.format", "2026-01, batch.format", "26-1, batch.format",
            "2026/1, batch.format", "2015-1, batch.year", "2100-1, batch.year", "' ', batch.missing"})
    void a_wrong_name_is_refused_with_its_rule(String raw, String code) {
        assertThatThrownBy(() -> BatchName.of(raw))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
