package org.greenledger.platform.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.greenledger.platform.messaging.Correlation;
import org.springframework.http.ProblemDetail;

/**
 * Builds the RFC 9457 bodies of every error answer, so filters, the security entry point and the
 * controller advice all say the same things the same way.
 */
public final class Problems {

    public static final String CODE = "code";
    public static final String CORRELATION_ID = "correlationId";
    public static final String ERRORS = "errors";

    private Problems() {
    }

    public static ProblemDetail of(ProblemType type, String code, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        problem.setInstance(instance(request));
        problem.setProperty(CODE, code);
        problem.setProperty(CORRELATION_ID, Correlation.correlationId(request));
        return problem;
    }

    public static ProblemDetail invalid(String code, String detail, List<FieldProblem> errors,
                                        HttpServletRequest request) {
        ProblemDetail problem = of(ProblemType.INVALID_INPUT, code, detail, request);
        problem.setProperty(ERRORS, List.copyOf(errors));
        return problem;
    }

    private static URI instance(HttpServletRequest request) {
        if (request == null) {
            return null;
        }
        // on the error dispatch the request URI is the error page's; the original is an attribute
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        try {
            return URI.create(original != null ? original.toString() : request.getRequestURI());
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
