package org.greenledger.platform.messaging;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The ids that tie a request, its command, the events it caused and the log lines about them
 * together. {@link CorrelationFilter} sets them for every request: in the MDC (so logs carry
 * them), as request attributes and as response headers.
 */
public final class Correlation {

    public static final String CORRELATION_ID_HEADER = "X-Correlation-Id";
    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    /** MDC keys, the same words as the message metadata keys. */
    public static final String CORRELATION_ID = MetaDataKeys.CORRELATION_ID;
    public static final String REQUEST_ID = MetaDataKeys.REQUEST_ID;

    static final Pattern ACCEPTED_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    static final String CORRELATION_ATTRIBUTE = Correlation.class.getName() + ".correlationId";
    static final String REQUEST_ATTRIBUTE = Correlation.class.getName() + ".requestId";

    private Correlation() {
    }

    /** The current request's correlation id, or {@code null} outside one. */
    public static String correlationId(HttpServletRequest request) {
        Object id = request == null ? null : request.getAttribute(CORRELATION_ATTRIBUTE);
        return id != null ? id.toString() : MDC.get(CORRELATION_ID);
    }

    /** The correlation id of the work on this thread, or {@code null}. */
    public static String correlationId() {
        return MDC.get(CORRELATION_ID);
    }

    /** The request id of the work on this thread, or {@code null}. */
    public static String requestId() {
        return MDC.get(REQUEST_ID);
    }
}
