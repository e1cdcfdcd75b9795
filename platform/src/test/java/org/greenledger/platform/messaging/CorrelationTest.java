package org.greenledger.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import org.axonframework.messaging.MetaData;
import org.greenledger.platform.testapp.PlatformSpringTest;
import org.greenledger.platform.testapp.TestTokens;
import org.greenledger.platform.testapp.ThingProjection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

class CorrelationTest extends PlatformSpringTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ThingProjection things;

    @Test
    void an_acceptable_client_correlation_id_is_kept_and_echoed() throws Exception {
        mvc.perform(get("/api/whoami").header(Correlation.CORRELATION_ID_HEADER, "order-42:retry.1")
                        .header(HttpHeaders.AUTHORIZATION, TestTokens.official("o").bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string(Correlation.CORRELATION_ID_HEADER, "order-42:retry.1"))
                .andExpect(header().exists(Correlation.REQUEST_ID_HEADER));
    }

    @Test
    void an_unacceptable_correlation_id_is_replaced() throws Exception {
        for (String offered : new String[] {"x".repeat(65), "has space", "semi;colon", ""}) {
            MockHttpServletResponse response = mvc.perform(get("/api/whoami")
                            .header(Correlation.CORRELATION_ID_HEADER, offered)
                            .header(HttpHeaders.AUTHORIZATION, TestTokens.official("o").bearer()))
                    .andReturn().getResponse();

            String given = response.getHeader(Correlation.CORRELATION_ID_HEADER);
            assertThat(given).isNotEqualTo(offered);
            assertThat(UUID.fromString(given)).isNotNull();
        }
    }

    @Test
    void each_request_has_its_own_request_id_and_a_problem_names_the_correlation_id() throws Exception {
        MockHttpServletResponse first = mvc.perform(get("/api/whoami")).andReturn().getResponse();
        MockHttpServletResponse second = mvc.perform(get("/api/whoami")
                        .header(Correlation.CORRELATION_ID_HEADER, "mine-1"))
                .andExpect(jsonPath("$.correlationId").value("mine-1"))
                .andReturn().getResponse();

        assertThat(first.getHeader(Correlation.REQUEST_ID_HEADER))
                .isNotBlank()
                .isNotEqualTo(second.getHeader(Correlation.REQUEST_ID_HEADER));
    }

    @Test
    void an_event_caused_over_http_carries_the_caller_and_the_request_ids() throws Exception {
        String id = "thing-" + UUID.randomUUID();
        MockHttpServletResponse response = mvc.perform(post("/api/things")
                        .header(HttpHeaders.AUTHORIZATION, TestTokens.bank("BANK-3").bearer())
                        .header(Correlation.CORRELATION_ID_HEADER, "journey-5")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\":\"" + id + "\",\"name\":\"pump\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse();

        MetaData metaData = awaitMetaData(id);
        assertThat(metaData)
                .containsEntry(MetaDataKeys.SUBJECT, "bank-user-1")
                .containsEntry(MetaDataKeys.ROLE, "BANK")
                .containsEntry(MetaDataKeys.BANK_ID, "BANK-3")
                .containsEntry(MetaDataKeys.CORRELATION_ID, "journey-5")
                .containsEntry(MetaDataKeys.REQUEST_ID, response.getHeader(Correlation.REQUEST_ID_HEADER));
        assertThat(things.loggedCorrelationIds).as("the processor thread logs with the request's correlation id")
                .containsEntry(id, "journey-5");
        assertThat(metaData.get(MetaDataKeys.CAUSATION_ID))
                .as("the command's message id, not the request id")
                .isNotNull()
                .isNotEqualTo(response.getHeader(Correlation.REQUEST_ID_HEADER));
    }

    private MetaData awaitMetaData(String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!things.metaData.containsKey(id) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(things.metaData).containsKey(id);
        return things.metaData.get(id);
    }
}
