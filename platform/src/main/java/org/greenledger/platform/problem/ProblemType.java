package org.greenledger.platform.problem;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * Every problem {@code type} the services answer with. A type is a stable contract: clients
 * branch on it, so a value never changes meaning; a new kind of problem gets a new entry.
 */
public enum ProblemType {
    INVALID_INPUT("/problems/invalid-input", "Invalid input", HttpStatus.BAD_REQUEST),
    MALFORMED_REQUEST("/problems/malformed-request", "Malformed request", HttpStatus.BAD_REQUEST),
    BODY_TOO_LARGE("/problems/body-too-large", "Request body too large", HttpStatus.BAD_REQUEST),
    UNAUTHENTICATED("/problems/unauthenticated", "Authentication required", HttpStatus.UNAUTHORIZED),
    FORBIDDEN("/problems/forbidden", "Forbidden", HttpStatus.FORBIDDEN),
    NOT_FOUND("/problems/not-found", "Not found", HttpStatus.NOT_FOUND),
    METHOD_NOT_ALLOWED("/problems/method-not-allowed", "Method not allowed", HttpStatus.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE("/problems/not-acceptable", "Not acceptable", HttpStatus.NOT_ACCEPTABLE),
    ILLEGAL_TRANSITION("/problems/illegal-transition", "Illegal transition", HttpStatus.CONFLICT),
    CONCURRENCY_CONFLICT("/problems/concurrency-conflict", "Concurrent modification", HttpStatus.CONFLICT),
    IDEMPOTENCY_IN_PROGRESS("/problems/idempotency-in-progress", "Request still in progress", HttpStatus.CONFLICT),
    UNSUPPORTED_MEDIA_TYPE("/problems/unsupported-media-type", "Unsupported media type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    REFUSED("/problems/refused", "Refused", HttpStatus.UNPROCESSABLE_ENTITY),
    IDEMPOTENCY_KEY_REUSED("/problems/idempotency-key-reused", "Idempotency key reused", HttpStatus.UNPROCESSABLE_ENTITY),
    INTERNAL_ERROR("/problems/internal-error", "Internal error", HttpStatus.INTERNAL_SERVER_ERROR),
    NOT_YET_CONSISTENT("/problems/not-yet-consistent", "Read model not yet consistent", HttpStatus.SERVICE_UNAVAILABLE),
    UNAVAILABLE("/problems/unavailable", "Service unavailable", HttpStatus.SERVICE_UNAVAILABLE);

    private final URI uri;
    private final String title;
    private final HttpStatus status;

    ProblemType(String path, String title, HttpStatus status) {
        this.uri = URI.create(path);
        this.title = title;
        this.status = status;
    }

    /** The type for an answer known only by its status (from the container or a framework). */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONCURRENCY_CONFLICT;
            case 413 -> BODY_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> REFUSED;
            case 503 -> UNAVAILABLE;
            default -> status < 500 ? MALFORMED_REQUEST : INTERNAL_ERROR;
        };
    }

    public URI uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    public HttpStatus status() {
        return status;
    }
}
