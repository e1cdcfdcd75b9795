package org.greenledger.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import jakarta.servlet.FilterChain;
import java.io.Writer;
import org.greenledger.platform.problem.ProblemWriter;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class BodySizeLimitFilterTest {

    final BodySizeLimitFilter filter = new BodySizeLimitFilter(10, new ProblemWriter(Jackson2ObjectMapperBuilder.json().build()));

    /** A chunked upload: the length is not known before reading. */
    private static MockHttpServletRequest chunked(String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/x") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        request.setContent(body.getBytes());
        return request;
    }

    @Test
    void a_chunked_body_within_the_limit_reads_whole() throws Exception {
        byte[][] read = new byte[1][];
        FilterChain chain = (request, response) -> read[0] = request.getInputStream().readAllBytes();

        filter.doFilter(chunked("0123456789"), new MockHttpServletResponse(), chain);

        assertThat(new String(read[0])).isEqualTo("0123456789");
    }

    @Test
    void a_chunked_body_over_the_limit_fails_while_read() {
        FilterChain chain = (request, response) -> request.getReader().transferTo(Writer.nullWriter());

        assertThatThrownBy(() -> filter.doFilter(chunked("0123456789A"), new MockHttpServletResponse(), chain))
                .isInstanceOf(BodyTooLarge.class);
    }

    @Test
    void a_declared_length_over_the_limit_is_refused_without_running_the_chain() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/x");
        request.setContent("0123456789A".getBytes());
        MockHttpServletResponse response = new MockHttpServletResponse();
        boolean[] ran = {false};

        filter.doFilter(request, response, (req, res) -> ran[0] = true);

        assertThat(ran[0]).isFalse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"code\":\"request.body-too-large\"");
    }
}
