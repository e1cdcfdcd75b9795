package org.greenledger.platform.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.greenledger.platform.testapp.PlatformSpringTest;
import org.greenledger.platform.testapp.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

class ReadYourWritesTest extends PlatformSpringTest {

    @Autowired
    MockMvc mvc;

    private final String token = TestTokens.official("officer-1").bearer();

    private long create(String id) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/api/things")
                        .header(HttpHeaders.AUTHORIZATION, token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\":\"" + id + "\",\"name\":\"boiler\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse();
        return Long.parseLong(response.getHeader("X-Position"));
    }

    @Test
    void a_query_with_the_command_position_sees_the_write() throws Exception {
        String id = "thing-" + UUID.randomUUID();
        long position = create(id);

        String reached = mvc.perform(get("/api/things/" + id).header(HttpHeaders.AUTHORIZATION, token)
                        .header("X-Min-Position", position))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("boiler"))
                .andReturn().getResponse().getHeader("X-Position");

        assertThat(Long.parseLong(reached)).isGreaterThanOrEqualTo(position);
    }

    @Test
    void the_position_may_come_as_a_query_parameter() throws Exception {
        String id = "thing-" + UUID.randomUUID();
        long position = create(id);

        mvc.perform(get("/api/things/" + id).header(HttpHeaders.AUTHORIZATION, token)
                        .param("minPosition", Long.toString(position)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("boiler"));
    }

    @Test
    void a_position_not_reached_in_time_is_503_with_retry_after() throws Exception {
        mvc.perform(get("/api/things/anything").header(HttpHeaders.AUTHORIZATION, token)
                        .header("X-Min-Position", Long.MAX_VALUE / 2))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "1"))
                .andExpect(jsonPath("$.type").value("/problems/not-yet-consistent"))
                .andExpect(jsonPath("$.code").value("query.not-yet-consistent"));
    }

    @Test
    void of_several_positions_the_newest_is_waited_for() throws Exception {
        mvc.perform(get("/api/things/anything").header(HttpHeaders.AUTHORIZATION, token)
                        .header("X-Min-Position", 0).header("X-Min-Position", Long.MAX_VALUE / 2))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value("query.not-yet-consistent"));
    }

    @Test
    void a_malformed_position_is_400_naming_where_it_came_from() throws Exception {
        mvc.perform(get("/api/things/x").header(HttpHeaders.AUTHORIZATION, token).header("X-Min-Position", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("query.min-position-invalid"))
                .andExpect(jsonPath("$.errors[0].field").value("X-Min-Position"));
        mvc.perform(get("/api/things/x").header(HttpHeaders.AUTHORIZATION, token).param("minPosition", "soon"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("minPosition"));
    }

    @Test
    void endpoints_without_a_read_model_ignore_the_position() throws Exception {
        mvc.perform(get("/api/whoami").header(HttpHeaders.AUTHORIZATION, token).header("X-Min-Position", "soon"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("X-Position"));
    }
}
