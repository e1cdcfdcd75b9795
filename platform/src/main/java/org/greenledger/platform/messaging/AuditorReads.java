package org.greenledger.platform.messaging;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.greenledger.contracts.audit.AuditRead;
import org.greenledger.platform.security.Actor;
import org.greenledger.platform.security.Role;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every successful read by an auditor, on any endpoint of either service, is recorded as an
 * {@link AuditRead} ({@code what}: the method and route, {@code target}: the path and query) before its
 * answer is written, so auditors are audited too. Endpoints that record a read of their own (the audit
 * endpoints, a green record's look) are not recorded twice.
 */
@ControllerAdvice
public class AuditorReads implements ResponseBodyAdvice<Object> {

    private final ReadLog readLog;
    private final Clock clock;

    public AuditorReads(ReadLog readLog, Clock clock) {
        this.readLog = readLog;
        this.clock = clock;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (!(request instanceof ServletServerHttpRequest servletRequest)
                || !(response instanceof ServletServerHttpResponse servletResponse)) {
            return body;
        }
        HttpServletRequest http = servletRequest.getServletRequest();
        int status = servletResponse.getServletResponse().getStatus();
        if (!"GET".equals(http.getMethod()) || status >= 300 || http.getAttribute(ReadLog.RECORDED) != null) {
            return body;
        }
        Actor.current().filter(actor -> actor.is(Role.AUDITOR)).ifPresent(auditor -> {
            Object route = http.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            String target = http.getRequestURI() + (http.getQueryString() == null ? "" : "?" + http.getQueryString());
            readLog.record(new AuditRead("GET " + (route != null ? route : http.getRequestURI()), target, clock.instant()),
                    auditor);
        });
        return body;
    }
}
