package org.greenledger.kernel.greenfinance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.greenledger.kernel.failure.InvalidInput;
import org.junit.jupiter.api.Test;

class LoanValuesTest {

    @Test
    void an_annual_rate_is_a_positive_percent_to_a_hundredth_of_a_basis_point_at_most_24() {
        assertThat(AnnualRate.of("3.45").fraction()).isEqualByComparingTo("0.0345");
        assertThat(AnnualRate.of("3.45")).isEqualTo(new AnnualRate(new BigDecimal("3.4500")));
        assertThat(AnnualRate.of("3.45")).hasToString("3.45%");
        assertThat(AnnualRate.of("24").percent()).isEqualByComparingTo("24");
        for (String bad : new String[]{"0", "-1", "24.0001", "3.12345", "abc", " "}) {
            assertThatThrownBy(() -> AnnualRate.of(bad)).as(bad).isInstanceOf(InvalidInput.class);
        }
    }

    @Test
    void a_loan_id_is_the_banks_reference_and_credit_request_ids_are_uuids() {
        assertThat(LoanId.of(" ICBC-SH/2026.000123 ").value()).isEqualTo("ICBC-SH/2026.000123");
        assertThatThrownBy(() -> LoanId.of("ICBC 123")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> LoanId.of("x".repeat(65))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> CreditRequestId.of("not-a-uuid")).isInstanceOf(InvalidInput.class);
        assertThat(CreditRequestId.random().toString()).hasSize(36);
    }
}
