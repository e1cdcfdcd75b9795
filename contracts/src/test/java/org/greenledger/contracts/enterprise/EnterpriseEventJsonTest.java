package org.greenledger.contracts.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.greenledger.kernel.enterprise.DivisionCode;
import org.greenledger.kernel.enterprise.IndustryCode;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.failure.InvalidInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EnterpriseEventJsonTest {

    private static final Uscc USCC = Uscc.of("91350100M000100Y43");
    private static final Instant AT = Instant.parse("2025-03-01T08:15:30.123456789Z");

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());

    static Stream<EnterpriseEvent> events() {
        return Stream.of(
                new EnterpriseRegistered(USCC, "福州示范化工有限公司", DivisionCode.of("310113"), IndustryCode.of("C2614"), true, AT),
                new ProfileChanged(USCC, "上海示范化工有限公司", DivisionCode.of("310115"), IndustryCode.of("C261"), false, AT),
                new EnergyAuditRecorded(USCC, LocalDate.of(2025, 2, 14), "EA-2025-0042", AT),
                new DishonestyFlagged(USCC, "虚报节能量", "沪经信〔2025〕12号", AT),
                new DishonestyCleared(USCC, "信用修复完成", "沪经信〔2025〕30号", AT));
    }

    @ParameterizedTest
    @MethodSource("events")
    void an_event_reads_back_equal_from_its_json(EnterpriseEvent event) throws Exception {
        String json = mapper.writeValueAsString(event);

        assertThat(mapper.readValue(json, event.getClass())).isEqualTo(event);
        assertThat(json).contains("\"uscc\":{\"value\":\"91350100M000100Y43\"}");
    }

    @ParameterizedTest
    @MethodSource("events")
    void the_value_types_keep_their_validation_when_read(EnterpriseEvent event) throws Exception {
        String json = mapper.writeValueAsString(event).replace("91350100M000100Y43", "91350100M000100Y44");

        assertThatThrownBy(() -> mapper.readValue(json, event.getClass()))
                .hasRootCauseInstanceOf(InvalidInput.class);
    }
}
