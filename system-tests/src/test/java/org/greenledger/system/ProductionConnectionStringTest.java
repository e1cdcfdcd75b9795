package org.greenledger.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenledger.system.Enterprises.newUscc;
import static org.greenledger.system.Enterprises.registration;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.platform.security.Role;
import org.junit.jupiter.api.Test;

/**
 * docker-compose points both services at MongoDB with production concerns on the connection
 * string; pointing them elsewhere is configuration, not code. No Docker engine runs here, so this
 * boots both services against such a connection string on the embedded store and walks a write
 * and a read through them.
 */
class ProductionConnectionStringTest {

    @Test
    void both_services_boot_and_serve_with_majority_journaled_writes_and_majority_reads() {
        try (RunningSystem system = RunningSystem.withConnectionOptions(
                "?w=majority&journal=true&readConcernLevel=majority&retryWrites=true&appName=greenledger")) {
            Uscc uscc = newUscc();
            String official = system.token(Role.OFFICIAL, "official-1");

            HttpResponse<String> registered = system.send(HttpRequest.newBuilder(system.command("/api/enterprises"))
                    .header("Authorization", "Bearer " + official).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(registration(uscc, "Lingang Solar " + uscc))));
            assertThat(registered.statusCode()).isEqualTo(201);

            HttpResponse<String> profile = system.send(HttpRequest.newBuilder(system.query("/api/enterprises/" + uscc))
                    .header("Authorization", "Bearer " + official)
                    .header("X-Min-Position", registered.headers().firstValue("X-Position").orElseThrow()).GET());
            assertThat(profile.statusCode()).isEqualTo(200);
            assertThat(profile.body()).contains("Lingang Solar " + uscc);
        }
    }
}
