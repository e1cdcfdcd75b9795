package org.greenledger.platform.query;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.OptionalLong;
import org.greenledger.kernel.WholeNumbers;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * For {@link ReadModel} endpoints: waits, bounded, until the read model has processed the
 * position the client passes back ({@code X-Min-Position} or {@code ?minPosition=}), and tells
 * the client how far it is ({@code X-Position}).
 */
class ReadYourWritesInterceptor implements HandlerInterceptor {

    static final String MIN_POSITION_HEADER = "X-Min-Position";
    static final String MIN_POSITION_PARAMETER = "minPosition";
    static final String POSITION_HEADER = "X-Position";

    private final ProcessorPositions positions;
    private final QuerySettings settings;

    ReadYourWritesInterceptor(ProcessorPositions positions, QuerySettings settings) {
        this.positions = positions;
        this.settings = settings;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws InterruptedException {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        ReadModel readModel = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), ReadModel.class);
        if (readModel == null) {
            readModel = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), ReadModel.class);
        }
        if (readModel == null) {
            return true;
        }
        Long minPosition = minPosition(request);
        if (minPosition != null) {
            positions.await(readModel.value(), minPosition, settings.maxWait(), settings.pollInterval(), "The read model");
        }
        // set before the handler reads, so the answer is at least as new as the header says
        OptionalLong reached = positions.lowest(readModel.value());
        if (reached.isPresent()) {
            response.setHeader(POSITION_HEADER, Long.toString(reached.getAsLong()));
        }
        return true;
    }

    private static Long minPosition(HttpServletRequest request) {
        // several values (a proxy or client adding its own) wait for the newest, never silently the first
        Long highest = null;
        for (String header : Collections.list(request.getHeaders(MIN_POSITION_HEADER))) {
            long position = parse(header, MIN_POSITION_HEADER);
            highest = highest == null ? position : Math.max(highest, position);
        }
        if (highest != null) {
            return highest;
        }
        String parameter = request.getParameter(MIN_POSITION_PARAMETER);
        return parameter != null ? parse(parameter, MIN_POSITION_PARAMETER) : null;
    }

    private static long parse(String value, String field) {
        return WholeNumbers.nonNegative(value, field, "query.min-position-invalid", "an event position");
    }
}
