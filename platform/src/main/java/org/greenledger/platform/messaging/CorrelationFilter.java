package org.greenledger.platform.messaging;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a correlation id (the client's {@code X-Correlation-Id} when it is
 * acceptable, else a new one) and its own request id, and echoes both on the response.
 */
class CorrelationFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        // the error page is rendered after the first pass has cleared the MDC
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = attributeOr(request, Correlation.CORRELATION_ATTRIBUTE,
                acceptable(request.getHeader(Correlation.CORRELATION_ID_HEADER)));
        String requestId = attributeOr(request, Correlation.REQUEST_ATTRIBUTE, UUID.randomUUID().toString());
        request.setAttribute(Correlation.CORRELATION_ATTRIBUTE, correlationId);
        request.setAttribute(Correlation.REQUEST_ATTRIBUTE, requestId);
        response.setHeader(Correlation.CORRELATION_ID_HEADER, correlationId);
        response.setHeader(Correlation.REQUEST_ID_HEADER, requestId);
        String outerCorrelationId = MDC.get(Correlation.CORRELATION_ID);
        String outerRequestId = MDC.get(Correlation.REQUEST_ID);
        MDC.put(Correlation.CORRELATION_ID, correlationId);
        MDC.put(Correlation.REQUEST_ID, requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            restore(Correlation.CORRELATION_ID, outerCorrelationId);
            restore(Correlation.REQUEST_ID, outerRequestId);
        }
    }

    private static String acceptable(String offered) {
        if (offered != null && Correlation.ACCEPTED_ID.matcher(offered).matches()) {
            return offered;
        }
        return UUID.randomUUID().toString();
    }

    private static String attributeOr(HttpServletRequest request, String name, String otherwise) {
        Object existing = request.getAttribute(name);
        return existing != null ? existing.toString() : otherwise;
    }

    static void restore(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
