package org.greenledger.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.greenledger.kernel.failure.DomainFailure;
import org.greenledger.kernel.failure.Forbidden;
import org.greenledger.kernel.failure.IllegalTransition;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.failure.NotFound;
import org.greenledger.kernel.failure.Refused;
import org.greenledger.platform.messaging.Correlation;
import org.greenledger.platform.query.NotYetConsistent;
import org.greenledger.platform.web.BodyTooLarge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns any failure into its problem answer. Known failures may arrive wrapped (an Axon
 * {@code CommandExecutionException}, a Jackson exception around a value type's
 * {@link InvalidInput}); the cause chain is searched for them before anything becomes a 500.
 */
final class ProblemAnswers {

    private static final Logger log = LoggerFactory.getLogger(ProblemAnswers.class);
    private static final int MAX_CAUSE_DEPTH = 16;

    private ProblemAnswers() {
    }

    /** The answer, or {@code null} when the client has gone and nothing can be written. */
    static ResponseEntity<ProblemDetail> answer(Throwable failure, HttpServletRequest request) {
        if (failure instanceof AsyncRequestNotUsableException) {
            return null;
        }
        if (failure instanceof HttpMessageNotReadableException unreadable) {
            return unreadable(unreadable, request);
        }
        if (failure instanceof MethodArgumentNotValidException invalid) {
            return respond(invalidBody(invalid, request));
        }
        if (failure instanceof HandlerMethodValidationException invalid) {
            return respond(invalidParameters(invalid, request));
        }
        ResponseEntity<ProblemDetail> refused = springMvc(failure, request);
        if (refused != null) {
            return refused;
        }
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSE_DEPTH; depth++, cause = cause.getCause()) {
            ResponseEntity<ProblemDetail> known = known(cause, request);
            if (known != null) {
                return known;
            }
        }
        if (failure instanceof ErrorResponse response) {
            return fromErrorResponse(response, request);
        }
        return unexpected(failure, request);
    }

    private static ResponseEntity<ProblemDetail> known(Throwable failure, HttpServletRequest request) {
        if (failure instanceof DomainFailure domain) {
            return respond(domain(domain, request));
        }
        if (failure instanceof ConcurrencyException || failure instanceof AggregateStreamCreationException
                || failure instanceof ConflictingModificationException) {
            return respond(Problems.of(ProblemType.CONCURRENCY_CONFLICT, "concurrency.conflict",
                    "The record was changed or created by another request at the same time; read it again and retry.",
                    request));
        }
        if (failure instanceof AggregateNotFoundException) {
            return respond(Problems.of(ProblemType.NOT_FOUND, "aggregate.not-found",
                    "The addressed record does not exist.", request));
        }
        if (failure instanceof BodyTooLarge tooLarge) {
            return respond(Problems.of(ProblemType.BODY_TOO_LARGE, "request.body-too-large",
                    tooLarge.getMessage(), request));
        }
        if (failure instanceof NotYetConsistent notYet) {
            return ResponseEntity.status(ProblemType.NOT_YET_CONSISTENT.status())
                    .header(HttpHeaders.RETRY_AFTER, "1")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problems.of(ProblemType.NOT_YET_CONSISTENT, "query.not-yet-consistent",
                            notYet.getMessage(), request));
        }
        if (failure instanceof AuthenticationException) {
            return ResponseEntity.status(ProblemType.UNAUTHENTICATED.status())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problems.of(ProblemType.UNAUTHENTICATED, "security.token-missing",
                            "This endpoint needs a bearer token (Authorization: Bearer <JWT>).", request));
        }
        if (failure instanceof AccessDeniedException) {
            return respond(Problems.of(ProblemType.FORBIDDEN, "security.access-denied",
                    "The caller may not use this endpoint.", request));
        }
        return null;
    }

    private static ProblemDetail domain(DomainFailure failure, HttpServletRequest request) {
        if (failure instanceof InvalidInput invalid) {
            return Problems.invalid(invalid.code(), invalid.getMessage(),
                    List.of(new FieldProblem(invalid.field(), invalid.code(), invalid.getMessage())), request);
        }
        ProblemType type;
        if (failure instanceof NotFound) {
            type = ProblemType.NOT_FOUND;
        } else if (failure instanceof IllegalTransition) {
            type = ProblemType.ILLEGAL_TRANSITION;
        } else if (failure instanceof Forbidden) {
            type = ProblemType.FORBIDDEN;
        } else if (failure instanceof Refused) {
            type = ProblemType.REFUSED;
        } else {
            throw new IllegalStateException("unmapped domain failure " + failure.getClass().getName(), failure);
        }
        return Problems.of(type, failure.code(), failure.getMessage(), request);
    }

    private static ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException failure,
                                                            HttpServletRequest request) {
        Throwable cause = failure.getCause();
        BodyTooLarge tooLarge = find(failure, BodyTooLarge.class);
        if (tooLarge != null) {
            return known(tooLarge, request);
        }
        InvalidInput invalid = find(failure, InvalidInput.class);
        if (invalid != null && cause instanceof JsonMappingException mapping) {
            String field = join(path(mapping), invalid.field());
            return respond(Problems.invalid(invalid.code(), invalid.getMessage(),
                    List.of(new FieldProblem(field, invalid.code(), invalid.getMessage())), request));
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            String detail = "'" + field + "' is not a field of this request"
                    + (unknown.getKnownPropertyIds() == null || unknown.getKnownPropertyIds().isEmpty() ? "."
                    : "; known fields: " + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", ")) + ".");
            return respond(Problems.invalid("request.unknown-field", detail,
                    List.of(new FieldProblem(field, "unknown-field", detail)), request));
        }
        if (cause instanceof ValueInstantiationException instantiation) {
            String field = fieldOrBody(path(instantiation));
            Throwable reason = instantiation.getCause();
            String detail = reason instanceof IllegalArgumentException && reason.getMessage() != null
                    ? reason.getMessage() : "The value of '" + field + "' cannot be used.";
            return respond(Problems.invalid("request.invalid-value", detail,
                    List.of(new FieldProblem(field, "invalid-value", detail)), request));
        }
        if (cause instanceof MismatchedInputException mismatch) {
            String field = fieldOrBody(path(mismatch));
            String expected = mismatch.getTargetType() != null ? describe(mismatch.getTargetType()) : "another type";
            String detail = "'" + field + "' must be " + expected + ".";
            return respond(Problems.invalid("request.wrong-type", detail,
                    List.of(new FieldProblem(field, "wrong-type", detail)), request));
        }
        if (cause instanceof JsonMappingException mapping) {
            String field = fieldOrBody(path(mapping));
            String detail = "The value of '" + field + "' cannot be read.";
            return respond(Problems.invalid("request.invalid-value", detail,
                    List.of(new FieldProblem(field, "invalid-value", detail)), request));
        }
        if (cause instanceof JsonProcessingException broken) {
            String where = broken.getLocation() == null ? ""
                    : " (line " + broken.getLocation().getLineNr() + ", column " + broken.getLocation().getColumnNr() + ")";
            return respond(Problems.of(ProblemType.MALFORMED_REQUEST, "request.malformed-json",
                    "The body is not valid JSON" + where + ": " + broken.getOriginalMessage(), request));
        }
        if (cause == null && failure.getMessage() != null && failure.getMessage().startsWith("Required request body is missing")) {
            return respond(Problems.of(ProblemType.MALFORMED_REQUEST, "request.body-missing",
                    "This endpoint needs a JSON body.", request));
        }
        return respond(Problems.of(ProblemType.MALFORMED_REQUEST, "request.unreadable-body",
                "The request body cannot be read.", request));
    }

    private static ProblemDetail invalidBody(MethodArgumentNotValidException failure, HttpServletRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : failure.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), kebab(error.getCode()), error.getDefaultMessage()));
        }
        for (ObjectError error : failure.getBindingResult().getGlobalErrors()) {
            errors.add(new FieldProblem(null, kebab(error.getCode()), error.getDefaultMessage()));
        }
        return Problems.invalid("request.invalid", summary(errors), errors, request);
    }

    private static ProblemDetail invalidParameters(HandlerMethodValidationException failure, HttpServletRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (ParameterValidationResult result : failure.getParameterValidationResults()) {
            if (result instanceof ParameterErrors bean) {
                for (FieldError error : bean.getFieldErrors()) {
                    errors.add(new FieldProblem(error.getField(), kebab(error.getCode()), error.getDefaultMessage()));
                }
                for (ObjectError error : bean.getGlobalErrors()) {
                    errors.add(new FieldProblem(parameterName(result.getMethodParameter()), kebab(error.getCode()),
                            error.getDefaultMessage()));
                }
            } else {
                String name = parameterName(result.getMethodParameter());
                result.getResolvableErrors().forEach(error -> errors.add(new FieldProblem(name,
                        kebab(error.getCodes() == null || error.getCodes().length == 0 ? null
                                : error.getCodes()[error.getCodes().length - 1]),
                        error.getDefaultMessage())));
            }
        }
        return Problems.invalid("request.invalid", summary(errors), errors, request);
    }

    /** Spring MVC's own refusals, each named in our words; null for anything else. */
    private static ResponseEntity<ProblemDetail> springMvc(Throwable failure, HttpServletRequest request) {
        ProblemDetail problem;
        if (failure instanceof NoResourceFoundException || failure instanceof NoHandlerFoundException) {
            problem = Problems.of(ProblemType.NOT_FOUND, "request.no-such-path",
                    "There is no endpoint at " + request.getMethod() + " " + request.getRequestURI() + ".", request);
        } else if (failure instanceof HttpRequestMethodNotSupportedException notAllowed) {
            problem = Problems.of(ProblemType.METHOD_NOT_ALLOWED, "request.method-not-allowed",
                    request.getRequestURI() + " does not take " + notAllowed.getMethod()
                            + (notAllowed.getSupportedHttpMethods() == null ? "."
                            : "; it takes " + notAllowed.getSupportedHttpMethods() + "."), request);
        } else if (failure instanceof HttpMediaTypeNotSupportedException unsupported) {
            problem = Problems.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "request.unsupported-media-type",
                    "Content type " + unsupported.getContentType() + " is not accepted here; send "
                            + unsupported.getSupportedMediaTypes() + ".", request);
        } else if (failure instanceof HttpMediaTypeNotAcceptableException) {
            problem = Problems.of(ProblemType.NOT_ACCEPTABLE, "request.not-acceptable",
                    "None of the media types in Accept can be produced here.", request);
        } else if (failure instanceof MissingServletRequestParameterException missing) {
            String detail = "The query parameter '" + missing.getParameterName() + "' is required.";
            problem = Problems.invalid("request.missing-parameter", detail,
                    List.of(new FieldProblem(missing.getParameterName(), "missing", detail)), request);
        } else if (failure instanceof MissingRequestHeaderException missing) {
            String detail = "The header '" + missing.getHeaderName() + "' is required.";
            problem = Problems.invalid("request.missing-header", detail,
                    List.of(new FieldProblem(missing.getHeaderName(), "missing", detail)), request);
        } else if (failure instanceof MethodArgumentTypeMismatchException mismatch) {
            String expected = mismatch.getRequiredType() != null ? describe(mismatch.getRequiredType()) : "another type";
            String detail = "'" + mismatch.getName() + "' must be " + expected + ".";
            problem = Problems.invalid("request.wrong-type", detail,
                    List.of(new FieldProblem(mismatch.getName(), "wrong-type", detail)), request);
        } else {
            return null;
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (failure instanceof ErrorResponse withHeaders) {
            response.headers(withHeaders.getHeaders());
        }
        return response.body(problem);
    }

    /** Any other framework refusal that knows its status. */
    private static ResponseEntity<ProblemDetail> fromErrorResponse(ErrorResponse response, HttpServletRequest request) {
        HttpStatusCode status = response.getStatusCode();
        ProblemType type = ProblemType.forStatus(status.value());
        String detail = response.getBody().getDetail() != null ? response.getBody().getDetail() : type.title() + ".";
        ProblemDetail problem = Problems.of(type, "http." + status.value(), detail, request);
        problem.setStatus(status.value());
        return ResponseEntity.status(status)
                .headers(response.getHeaders())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static ResponseEntity<ProblemDetail> unexpected(Throwable failure, HttpServletRequest request) {
        String correlationId = Correlation.correlationId(request);
        log.error("Unexpected failure answering {} {} (correlation id {})",
                request.getMethod(), request.getRequestURI(), correlationId, failure);
        return respond(Problems.of(ProblemType.INTERNAL_ERROR, "internal.unexpected",
                "Something went wrong on our side. Quote the correlation id " + correlationId + " when reporting it.",
                request));
    }

    static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSE_DEPTH; depth++, cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /** The JSON path of a mapping failure, e.g. {@code items[0].amount}; empty at the root. */
    static String path(JsonMappingException failure) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : failure.getPath()) {
            if (step.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String join(String path, String field) {
        if (field == null || field.isEmpty()) {
            return fieldOrBody(path);
        }
        return path.isEmpty() ? field : path + "." + field;
    }

    private static String fieldOrBody(String path) {
        return path.isEmpty() ? "(body)" : path;
    }

    private static String parameterName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
        if (variable != null && !variable.name().isEmpty()) {
            return variable.name();
        }
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        return parameter.getParameterName();
    }

    private static String describe(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a " + type.getSimpleName();
    }

    private static String summary(List<FieldProblem> errors) {
        String fields = errors.stream().map(FieldProblem::field).filter(Objects::nonNull).distinct()
                .collect(Collectors.joining(", "));
        return fields.isEmpty() ? "The request is invalid." : "Invalid fields: " + fields + ".";
    }

    static String kebab(String code) {
        if (code == null || code.isEmpty()) {
            return "invalid";
        }
        return code.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
