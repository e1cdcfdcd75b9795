package org.greenledger.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.greenledger.platform.testapp.PlatformSpringTest;
import org.greenledger.platform.testapp.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class ProblemTest extends PlatformSpringTest {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    private ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, TestTokens.official("officer-1").bearer()));
    }

    private static MockHttpServletRequestBuilder json(String path, String body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** Every problem has the same members, whatever went wrong. */
    private static ResultActions isProblem(ResultActions result, int status, String type, String code, String instance)
            throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(type))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.detail").isNotEmpty())
                .andExpect(jsonPath("$.instance").value(instance))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.correlationId").isNotEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void each_failure_has_its_status_type_and_code(String kind, int status, String type, String code) throws Exception {
        isProblem(perform(get("/api/fail/" + kind)), status, type, code, "/api/fail/" + kind);
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("invalid", 400, "/problems/invalid-input", "probe.invalid"),
                Arguments.of("not-found", 404, "/problems/not-found", "probe.not-found"),
                Arguments.of("illegal", 409, "/problems/illegal-transition", "probe.illegal-transition"),
                Arguments.of("forbidden", 403, "/problems/forbidden", "probe.forbidden"),
                Arguments.of("refused", 422, "/problems/refused", "probe.refused"),
                Arguments.of("concurrency", 409, "/problems/concurrency-conflict", "concurrency.conflict"),
                Arguments.of("stream-creation", 409, "/problems/concurrency-conflict", "concurrency.conflict"),
                Arguments.of("aggregate-not-found", 404, "/problems/not-found", "aggregate.not-found"),
                Arguments.of("wrapped", 422, "/problems/refused", "probe.refused"),
                Arguments.of("unexpected", 500, "/problems/internal-error", "internal.unexpected"));
    }

    @Test
    void invalid_input_names_its_field() throws Exception {
        perform(get("/api/fail/invalid"))
                .andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(jsonPath("$.errors[0].code").value("probe.invalid"))
                .andExpect(jsonPath("$.errors[0].detail").value("Amount must be positive."));
    }

    @Test
    void an_unexpected_failure_tells_nothing_of_its_insides() throws Exception {
        String body = perform(get("/api/fail/unexpected"))
                .andExpect(jsonPath("$.detail").value(not(containsString("secret"))))
                .andReturn().getResponse().getContentAsString();

        assertThat(body).doesNotContain("secret", "IllegalStateException", "trace", "at org.");
    }

    @Test
    void bean_validation_of_a_body_names_each_field() throws Exception {
        isProblem(perform(json("/api/echo", "{\"name\":\"\",\"count\":0}")), 400, "/problems/invalid-input",
                "request.invalid", "/api/echo")
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "count")))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].code").value("not-blank"));
    }

    @Test
    void validation_of_a_query_parameter_names_it() throws Exception {
        isProblem(perform(get("/api/page").param("size", "0")), 400, "/problems/invalid-input", "request.invalid",
                "/api/page")
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].code").value("min"));
    }

    @Test
    void a_query_parameter_of_the_wrong_type_is_named() throws Exception {
        isProblem(perform(get("/api/page").param("size", "many")), 400, "/problems/invalid-input",
                "request.wrong-type", "/api/page")
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void a_missing_query_parameter_is_named() throws Exception {
        isProblem(perform(get("/api/page")), 400, "/problems/invalid-input", "request.missing-parameter", "/api/page")
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void an_unknown_json_field_is_named() throws Exception {
        isProblem(perform(json("/api/echo", "{\"name\":\"a\",\"count\":1,\"colour\":\"red\"}")), 400,
                "/problems/invalid-input", "request.unknown-field", "/api/echo")
                .andExpect(jsonPath("$.errors[0].field").value("colour"))
                .andExpect(jsonPath("$.detail", containsString("known fields: code, count, items, name")));
    }

    @Test
    void a_json_value_of_the_wrong_type_is_named_by_its_path() throws Exception {
        isProblem(perform(json("/api/echo", "{\"name\":\"a\",\"count\":1,\"items\":[{\"amount\":1},{\"amount\":\"lots\"}]}")),
                400, "/problems/invalid-input", "request.wrong-type", "/api/echo")
                .andExpect(jsonPath("$.errors[0].field").value("items[1].amount"))
                .andExpect(jsonPath("$.detail").value("'items[1].amount' must be a whole number."));
    }

    @Test
    void a_value_type_refusing_its_value_is_invalid_input_at_that_field() throws Exception {
        isProblem(perform(json("/api/echo", "{\"name\":\"a\",\"count\":1,\"code\":\"abc\"}")), 400,
                "/problems/invalid-input", "code.invalid", "/api/echo")
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].detail").value("A code is three capital letters, not 'abc'."));
    }

    @Test
    void broken_json_is_a_malformed_request() throws Exception {
        isProblem(perform(json("/api/echo", "{\"name\":\"a\",")), 400, "/problems/malformed-request",
                "request.malformed-json", "/api/echo");
    }

    @Test
    void a_missing_body_is_a_malformed_request() throws Exception {
        isProblem(perform(post("/api/echo").contentType(MediaType.APPLICATION_JSON)), 400,
                "/problems/malformed-request", "request.body-missing", "/api/echo");
    }

    @Test
    void a_body_of_another_media_type_is_415() throws Exception {
        isProblem(perform(post("/api/echo").contentType(MediaType.TEXT_PLAIN).content("name=a")), 415,
                "/problems/unsupported-media-type", "request.unsupported-media-type", "/api/echo");
    }

    @Test
    void a_method_the_path_does_not_take_is_405_with_allow() throws Exception {
        isProblem(perform(delete("/api/whoami")), 405, "/problems/method-not-allowed", "request.method-not-allowed",
                "/api/whoami")
                .andExpect(header().string(HttpHeaders.ALLOW, containsString("GET")));
    }

    @Test
    void an_unknown_path_is_404() throws Exception {
        isProblem(perform(get("/api/no-such-thing")), 404, "/problems/not-found", "request.no-such-path",
                "/api/no-such-thing");
    }

    @Test
    void a_body_declared_larger_than_256_kib_is_refused_before_it_is_read() throws Exception {
        String big = "{\"name\":\"" + "x".repeat(300 * 1024) + "\",\"count\":1}";

        isProblem(perform(json("/api/echo", big)), 400, "/problems/body-too-large", "request.body-too-large",
                "/api/echo");
    }

    @Test
    void a_chunked_body_larger_than_256_kib_is_refused_while_it_is_read() throws Exception {
        byte[] big = ("{\"name\":\"" + "x".repeat(300 * 1024) + "\",\"count\":1}").getBytes();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/echo"))
                .header(HttpHeaders.AUTHORIZATION, TestTokens.official("officer-1").bearer())
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue(HttpHeaders.CONTENT_TYPE)).hasValue(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.body()).contains("\"code\":\"request.body-too-large\"");
    }
}
