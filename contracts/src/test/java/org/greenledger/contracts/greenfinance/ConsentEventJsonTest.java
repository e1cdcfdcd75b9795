package org.greenledger.contracts.greenfinance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenfinance.ConsentId;
import org.greenledger.kernel.greenfinance.ConsentScope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConsentEventJsonTest {

    private static final ConsentId ID = ConsentId.of("1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a");
    private static final Instant AT = Instant.parse("2026-06-30T08:15:30.123456789Z");

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());

    static Stream<ConsentEvent> events() {
        return Stream.of(
                new ConsentGranted(ID, Uscc.of("91310113MA1FL4G931"), BankId.of("icbc-sh"),
                        Set.of(ConsentScope.GREEN_LIST_STATUS, ConsentScope.CREDIT_REQUESTS), LocalDate.of(2026, 7, 1),
                        LocalDate.of(2027, 6, 30), "绿色贷款审查", AT),
                new ConsentChanged(ID, Set.of(ConsentScope.GREEN_LIST_STATUS), LocalDate.of(2026, 12, 31), AT),
                new ConsentRevoked(ID, "贷款已结清", AT),
                new ConsentExpired(ID, LocalDate.of(2027, 6, 30), AT));
    }

    @ParameterizedTest
    @MethodSource("events")
    void an_event_reads_back_equal_from_its_json(ConsentEvent event) throws Exception {
        String json = mapper.writeValueAsString(event);

        assertThat(mapper.readValue(json, event.getClass())).isEqualTo(event);
        assertThat(json).contains("\"consentId\":{\"value\":\"" + ID + "\"}");
    }

    @ParameterizedTest
    @MethodSource("events")
    void a_broken_consent_id_is_refused_when_read(ConsentEvent event) throws Exception {
        String json = mapper.writeValueAsString(event).replace(ID.value(), "not-a-uuid");

        assertThatThrownBy(() -> mapper.readValue(json, event.getClass())).hasRootCauseInstanceOf(InvalidInput.class);
    }
}
