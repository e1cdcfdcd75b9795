package org.greenledger.command.greenlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenledger.command.greenlist.GreenlistFixtures.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.greenledger.platform.store.AxonJackson;
import org.junit.jupiter.api.Test;

/** Snapshots are the aggregate's fields written by the platform's Jackson set-up. */
class ListEntrySnapshotTest {

    private final ObjectMapper snapshots = AxonJackson.objectMapper();

    @Test
    void a_snapshot_reads_back_with_every_field() throws Exception {
        ListEntry entry = new ListEntry();
        entry.on(nominated());
        entry.on(evaluated());
        entry.on(listed());
        entry.on(upgraded(LocalDate.of(2025, 12, 1)));
        entry.on(declared(2025, true));
        entry.on(missed(2026));
        entry.on(rectificationDemanded(LocalDate.of(2026, 9, 30)));

        String json = snapshots.writeValueAsString(entry);
        ListEntry restored = snapshots.readValue(json, ListEntry.class);

        assertThat(restored).usingRecursiveComparison().isEqualTo(entry);
        assertThat(json).contains("\"status\":\"UNDER_RECTIFICATION\"", "\"level\":\"NATIONAL\"", "2026-09-30",
                "\"declaredYears\":[2025]", "\"missedYears\":[2026]");
    }
}
