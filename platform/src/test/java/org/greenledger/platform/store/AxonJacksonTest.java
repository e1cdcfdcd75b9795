package org.greenledger.platform.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AxonJacksonTest {

    final ObjectMapper mapper = AxonJackson.objectMapper();

    record Decided(String applicationId, long amountFen, LocalDate decidedOn, Instant recordedAt) {
        /** Derived, so not stored. */
        public String getLabel() {
            return applicationId + "@" + decidedOn;
        }
    }

    @Test
    void dates_are_iso_strings_and_derived_getters_are_not_stored() throws Exception {
        Decided event = new Decided("A-1", 300_00, LocalDate.of(2025, 6, 30), Instant.parse("2025-06-30T08:00:00Z"));

        String json = mapper.writeValueAsString(event);

        assertThat(json).isEqualTo("{\"applicationId\":\"A-1\",\"amountFen\":30000,"
                + "\"decidedOn\":\"2025-06-30\",\"recordedAt\":\"2025-06-30T08:00:00Z\"}");
        assertThat(mapper.readValue(json, Decided.class)).isEqualTo(event);
    }

    @Test
    void a_stored_event_with_a_field_this_version_does_not_know_still_reads() throws Exception {
        String newer = "{\"applicationId\":\"A-1\",\"amountFen\":5,\"decidedOn\":\"2025-06-30\","
                + "\"recordedAt\":\"2025-06-30T08:00:00Z\",\"ruleVersion\":\"2026.1\"}";

        assertThat(mapper.readValue(newer, Decided.class).amountFen()).isEqualTo(5);
    }
}
