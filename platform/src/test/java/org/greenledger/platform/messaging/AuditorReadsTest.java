package org.greenledger.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.common.stream.BlockingStream;
import org.greenledger.contracts.audit.AuditRead;
import org.greenledger.platform.testapp.PlatformSpringTest;
import org.greenledger.platform.testapp.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Given a thing, when an auditor reads it, the read is recorded; other roles' reads and failed reads are not. */
class AuditorReadsTest extends PlatformSpringTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    EventStore events;

    @Test
    void an_auditors_successful_read_is_recorded_with_its_route_and_target() throws Exception {
        String id = "thing-" + UUID.randomUUID();
        String position = mvc.perform(post("/api/things").header(HttpHeaders.AUTHORIZATION,
                        TestTokens.official("officer-1").bearer())
                .contentType(MediaType.APPLICATION_JSON).content("{\"id\":\"" + id + "\",\"name\":\"boiler\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("X-Position");
        String auditor = TestTokens.withRole("auditor-li", "AUDITOR").bearer();

        mvc.perform(get("/api/things/" + id + "?view=full").header(HttpHeaders.AUTHORIZATION, auditor)
                        .header("X-Min-Position", position))
                .andExpect(status().isOk());
        mvc.perform(get("/api/things/" + id).header(HttpHeaders.AUTHORIZATION, TestTokens.official("officer-1").bearer())
                        .header("X-Min-Position", position))
                .andExpect(status().isOk());
        mvc.perform(get("/api/things/missing-" + id).header(HttpHeaders.AUTHORIZATION, auditor))
                .andExpect(status().isNotFound());

        List<TrackedEventMessage<?>> reads = readsOf(id);
        assertThat(reads).singleElement().satisfies(read -> {
            AuditRead payload = (AuditRead) read.getPayload();
            assertThat(payload.what()).isEqualTo("GET /api/things/{id}");
            assertThat(payload.target()).isEqualTo("/api/things/" + id + "?view=full");
            assertThat(read.getMetaData()).containsEntry(MetaDataKeys.SUBJECT, "auditor-li")
                    .containsEntry(MetaDataKeys.ROLE, "AUDITOR");
        });
    }

    private List<TrackedEventMessage<?>> readsOf(String id) throws InterruptedException {
        List<TrackedEventMessage<?>> reads = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(null)) {
            while (stream.hasNextAvailable(500, TimeUnit.MILLISECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                if (event.getPayload() instanceof AuditRead read && read.target().contains(id)) {
                    reads.add(event);
                }
            }
        }
        return reads;
    }
}
