package org.greenledger.command.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenledger.command.enterprise.EnterpriseFixtures.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.greenledger.platform.store.AxonJackson;
import org.junit.jupiter.api.Test;

/** Snapshots are the aggregate's fields written by the platform's Jackson set-up. */
class EnterpriseSnapshotTest {

    private final ObjectMapper snapshots = AxonJackson.objectMapper();

    @Test
    void a_snapshot_reads_back_with_every_field() throws Exception {
        Enterprise enterprise = new Enterprise();
        enterprise.on(registered());
        enterprise.on(audited(LocalDate.of(2025, 1, 10), "EA-2025-0042"));
        enterprise.on(flagged());

        String json = snapshots.writeValueAsString(enterprise);
        Enterprise restored = snapshots.readValue(json, Enterprise.class);

        assertThat(restored).usingRecursiveComparison().isEqualTo(enterprise);
        assertThat(json).contains("\"dishonest\":true", "EA-2025-0042", "\"keyEnergyUser\":true");
    }
}
