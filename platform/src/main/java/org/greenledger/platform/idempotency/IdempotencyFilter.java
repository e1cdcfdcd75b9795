package org.greenledger.platform.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.greenledger.platform.problem.FieldProblem;
import org.greenledger.platform.problem.ProblemType;
import org.greenledger.platform.problem.ProblemWriter;
import org.greenledger.platform.problem.Problems;
import org.greenledger.platform.web.BodyTooLarge;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on command endpoints. A repeat with the same key and the same request
 * gets the first answer back and runs nothing; the same key with another request is refused
 * (422); a repeat while the first still runs is told so (409). Only successful answers are
 * kept, so a corrected retry after a refusal runs. Keys are per token subject, so one caller
 * can neither collide with nor read another's answers.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String KEY_HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final List<String> KEPT_HEADERS = List.of(HttpHeaders.LOCATION, "X-Position", HttpHeaders.ETAG);
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    private static final Set<String> COMMAND_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final IdempotencyStore store;
    private final ProblemWriter problems;
    private final Duration pendingTimeout;
    private final Clock clock;

    IdempotencyFilter(IdempotencyStore store, ProblemWriter problems, Duration pendingTimeout, Clock clock) {
        this.store = store;
        this.problems = problems;
        this.pendingTimeout = pendingTimeout;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !COMMAND_METHODS.contains(request.getMethod()) || request.getHeader(KEY_HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(KEY_HEADER);
        if (!KEY.matcher(key).matches()) {
            String detail = KEY_HEADER + " must be 1 to 128 characters of A-Z, a-z, 0-9, '_' and '-'.";
            problems.write(response, Problems.invalid("idempotency.key-invalid", detail,
                    List.of(new FieldProblem(KEY_HEADER, "invalid", detail)), request));
            return;
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (BodyTooLarge tooLarge) {
            problems.write(response, Problems.of(ProblemType.BODY_TOO_LARGE, "request.body-too-large",
                    tooLarge.getMessage(), request));
            return;
        }
        String id = caller.getName() + "|" + key;
        String hash = hash(request, body);
        StoredAnswer earlier = store.begin(id, hash);
        if (earlier != null) {
            if (!earlier.hash().equals(hash)) {
                problems.write(response, Problems.of(ProblemType.IDEMPOTENCY_KEY_REUSED, "idempotency.key-reused",
                        "This " + KEY_HEADER + " was already used for a different request; use a new key.", request));
                return;
            }
            if (earlier.done()) {
                replay(earlier, response);
                return;
            }
            if (!stale(earlier) || !store.takeOver(id, earlier, hash)) {
                problems.write(response, Problems.of(ProblemType.IDEMPOTENCY_IN_PROGRESS, "idempotency.in-progress",
                        "The first request with this " + KEY_HEADER + " is still running; retry shortly.", request));
                return;
            }
        }
        run(id, new CachedBody(request, body), response, chain);
    }

    private void run(String id, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(request, answer);
            int status = answer.getStatus();
            if (status >= 200 && status < 300) {
                Map<String, String> headers = new LinkedHashMap<>();
                for (String name : KEPT_HEADERS) {
                    String value = answer.getHeader(name);
                    if (value != null) {
                        headers.put(name, value);
                    }
                }
                store.complete(id, status, answer.getContentType(), headers, answer.getContentAsByteArray());
                kept = true;
            }
        } finally {
            if (!kept) {
                store.abandon(id);
            }
            answer.copyBodyToResponse();
        }
    }

    private void replay(StoredAnswer earlier, HttpServletResponse response) throws IOException {
        response.setStatus(earlier.status());
        if (earlier.contentType() != null) {
            response.setContentType(earlier.contentType());
        }
        earlier.headers().forEach(response::setHeader);
        response.setHeader(REPLAYED_HEADER, "true");
        response.setContentLength(earlier.body().length);
        response.getOutputStream().write(earlier.body());
    }

    private boolean stale(StoredAnswer pending) {
        return pending.createdAt().plus(pendingTimeout).isBefore(clock.instant());
    }

    static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The request with its body already read, so the controller can read it again. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already in memory");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding != null ? Charset.forName(encoding) : StandardCharsets.UTF_8;
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
