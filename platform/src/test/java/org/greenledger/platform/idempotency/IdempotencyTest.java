package org.greenledger.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mongodb.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.greenledger.platform.testapp.PlatformSpringTest;
import org.greenledger.platform.testapp.ProbeController;
import org.greenledger.platform.testapp.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

class IdempotencyTest extends PlatformSpringTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProbeController probe;

    @Autowired
    MongoDatabase database;

    String key;

    @BeforeEach
    void a_fresh_key() {
        key = "key-" + UUID.randomUUID();
    }

    private ResultActions count(String subject, String key, int by) throws Exception {
        var request = post("/api/counter")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.official(subject).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"by\":" + by + "}");
        if (key != null) {
            request.header(IdempotencyFilter.KEY_HEADER, key);
        }
        return mvc.perform(request);
    }

    @Test
    void a_repeat_with_the_same_key_and_body_returns_the_first_answer_and_runs_nothing() throws Exception {
        String first = count("officer-1", key, 5)
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        int after = probe.counted.get();

        count("officer-1", key, 5)
                .andExpect(status().isCreated())
                .andExpect(header().string(IdempotencyFilter.REPLAYED_HEADER, "true"))
                .andExpect(header().string(HttpHeaders.LOCATION, "/api/counter/" + after))
                .andExpect(header().string("X-Position", Integer.toString(after)))
                .andExpect(header().string(HttpHeaders.ETAG, "\"" + after + "\""))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(content().string(first));

        assertThat(probe.counted.get()).isEqualTo(after);
    }

    @Test
    void the_same_key_with_another_body_is_refused() throws Exception {
        count("officer-1", key, 1).andExpect(status().isCreated());
        int after = probe.counted.get();

        count("officer-1", key, 2)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type").value("/problems/idempotency-key-reused"))
                .andExpect(jsonPath("$.code").value("idempotency.key-reused"));

        assertThat(probe.counted.get()).isEqualTo(after);
    }

    @Test
    void keys_belong_to_their_subject() throws Exception {
        count("officer-1", key, 1).andExpect(status().isCreated());
        int after = probe.counted.get();

        count("officer-2", key, 1)
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist(IdempotencyFilter.REPLAYED_HEADER));

        assertThat(probe.counted.get()).isEqualTo(after + 1);
    }

    @Test
    void a_refused_attempt_is_not_kept_so_a_corrected_retry_runs() throws Exception {
        count("officer-1", key, -1).andExpect(status().isUnprocessableEntity());
        int before = probe.counted.get();

        count("officer-1", key, 3).andExpect(status().isCreated());

        assertThat(probe.counted.get()).isEqualTo(before + 3);
        assertThat(database.getCollection("idempotency").find(new Document("_id", "officer-1|" + key)).first())
                .containsEntry("state", "DONE");
    }

    @Test
    void a_repeat_while_the_first_is_pending_is_409() throws Exception {
        pending("officer-1", key, 4, Instant.now());
        int before = probe.counted.get();

        count("officer-1", key, 4)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/idempotency-in-progress"))
                .andExpect(jsonPath("$.code").value("idempotency.in-progress"));

        assertThat(probe.counted.get()).isEqualTo(before);
    }

    @Test
    void a_pending_attempt_gone_stale_is_taken_over() throws Exception {
        pending("officer-1", key, 4, Instant.now().minusSeconds(600));
        int before = probe.counted.get();

        count("officer-1", key, 4).andExpect(status().isCreated());

        assertThat(probe.counted.get()).isEqualTo(before + 4);
    }

    @Test
    void a_malformed_key_is_400_naming_the_header() throws Exception {
        count("officer-1", "no spaces allowed", 1)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("idempotency.key-invalid"))
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        count("officer-1", "k".repeat(129), 1).andExpect(status().isBadRequest());
    }

    @Test
    void without_a_key_every_request_runs() throws Exception {
        int before = probe.counted.get();

        count("officer-1", null, 1).andExpect(status().isCreated());
        count("officer-1", null, 1).andExpect(status().isCreated());

        assertThat(probe.counted.get()).isEqualTo(before + 2);
    }

    @Test
    void of_racing_identical_requests_exactly_one_runs() throws Exception {
        int before = probe.counted.get();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> racers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                racers.add(() -> count("officer-1", key, 1).andReturn().getResponse().getStatus());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(racers)) {
                statuses.add(result.get());
            }

            // a racer that comes after the first one finished gets its answer replayed (201), one that
            // comes while it runs gets 409: either is right, as long as the command ran once
            assertThat(statuses).isSubsetOf(201, 409).contains(201);
        } finally {
            pool.shutdown();
        }
        assertThat(probe.counted.get()).isEqualTo(before + 1);
    }

    private void pending(String subject, String key, int by, Instant createdAt) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/counter");
        String hash = IdempotencyFilter.hash(request, ("{\"by\":" + by + "}").getBytes(StandardCharsets.UTF_8));
        database.getCollection("idempotency").insertOne(new Document("_id", subject + "|" + key)
                .append("state", "PENDING").append("hash", hash).append("createdAt", Date.from(createdAt)));
    }
}
