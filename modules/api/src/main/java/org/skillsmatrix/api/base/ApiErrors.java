package org.skillsmatrix.api.base;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.AccessDenied;
import org.skillsmatrix.domain.base.Busy;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.DatabaseOutage;
import org.skillsmatrix.domain.base.ErrorId;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.NotYetComputed;
import org.skillsmatrix.domain.conflict.LastChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every error of the API as RFC 9457 problem details ({@code application/problem+json}), the same everywhere:
 * {@code type}, {@code title} (the status's reason), {@code status}, {@code detail} written for the person who
 * sent the request, {@code instance} (the request's path) and, where fields are wrong, {@code errors} — a list of
 * field and message. Nothing unexpected ever reaches the client: no stack trace, no class name, no SQL; an
 * unexpected failure is logged with an id that the 500 answer names.
 *
 * <p>Spring's {@link ResponseEntityExceptionHandler} maps the web layer's own exceptions to their status and headers
 * (Allow for 405, Accept for 415); this advice writes their detail in words and maps the domain's exceptions. It
 * answers requests for {@code /api/**} only: anything else that fails in a handler goes on to the application's own
 * error handling, and the web layer's exceptions outside the API keep Spring's problem details.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    /** The problem type of problems that their status describes well enough (RFC 9457, 4.2.1). */
    private static final URI ABOUT_BLANK = URI.create("about:blank");

    /** The domain's exceptions, the API's own, and whatever else fails. */
    @ExceptionHandler(Exception.class)
    @Nullable
    ResponseEntity<Object> handle(Exception failure, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        if (!ApiPaths.isApi(request)) {
            throw failure;
        }
        if (response.isCommitted()) {
            return committed(failure, request);
        }
        return respond(answer(failure, request), request);
    }

    /** The web layer's exceptions, with the status and headers Spring gives them. */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(
            Exception failure,
            @Nullable Object body,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest webRequest) {
        var servlet = (ServletWebRequest) webRequest;
        var request = servlet.getRequest();
        if (!ApiPaths.isApi(request)) {
            return super.handleExceptionInternal(failure, body, headers, status, webRequest);
        }
        var response = servlet.getResponse();
        if (response != null && response.isCommitted()) {
            return committed(failure, request);
        }
        if (status.is5xxServerError()) {
            return respond(unexpected(failure, request), request);
        }
        return respond(
                web(failure, body, HttpStatus.valueOf(status.value()), request).with(headers), request);
    }

    private static @Nullable ResponseEntity<Object> committed(Exception failure, HttpServletRequest request) {
        log.warn(
                "{} {} failed after its answer had begun: {}",
                request.getMethod(),
                request.getRequestURI(),
                failure.toString());
        return null;
    }

    private static ResponseEntity<Object> respond(Answer answer, HttpServletRequest request) {
        answer.problem().setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(answer.problem().getStatus())
                .headers(answer.headers())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(answer.problem());
    }

    private Answer answer(Exception failure, HttpServletRequest request) {
        return switch (failure) {
            case InvalidInput invalid ->
                fields(
                        HttpStatus.BAD_REQUEST,
                        invalid.getMessage(),
                        List.of(FieldProblem.of(invalid.field(), invalid.getMessage())));
            case InvalidRequest invalid -> {
                var answer = fields(HttpStatus.BAD_REQUEST, invalid.getMessage(), invalid.problems());
                invalid.properties().forEach(answer.problem()::setProperty);
                yield answer;
            }
            case NotFound notFound -> plain(HttpStatus.NOT_FOUND, notFound.getMessage());
            case AccessDenied denied -> plain(HttpStatus.FORBIDDEN, denied.getMessage());
            case LostRace lost -> lostRace(request, lost.getMessage(), lost.lastChange());
            case ConcurrentEdit conflict -> lostRace(request, conflict.getMessage(), null);
            case Busy busy -> busy(busy);
            case NotYetComputed notYet -> notYetComputed(notYet);
            case PreconditionRequired required -> plain(HttpStatus.PRECONDITION_REQUIRED, required.getMessage());
            case PayloadTooLarge tooLarge -> plain(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage());
            case NotAcceptable notAcceptable -> plain(HttpStatus.NOT_ACCEPTABLE, notAcceptable.getMessage());
            case MultipartException multipart -> multipart(multipart);
            case Exception outage when DatabaseOutage.isCauseOf(outage) -> databaseUnavailable(outage, request);
            default -> unexpected(failure, request);
        };
    }

    /** The detail of a web-layer exception in words, without naming a class. */
    private static Answer web(Exception failure, @Nullable Object body, HttpStatus status, HttpServletRequest request) {
        return switch (failure) {
            case MaxUploadSizeExceededException tooLarge ->
                plain(
                        HttpStatus.CONTENT_TOO_LARGE,
                        "The upload is larger than the "
                                + (tooLarge.getMaxUploadSize() > 0 ? megabytes(tooLarge.getMaxUploadSize()) + " " : "")
                                + "the API takes");
            case HttpMessageNotReadableException unreadable -> unreadable(unreadable);
            case MethodArgumentNotValidException invalid ->
                fields(status, "The request has invalid values", fieldProblems(invalid.getBindingResult()));
            case HandlerMethodValidationException invalid ->
                fields(status, "The request has invalid values", parameterProblems(invalid));
            case MethodArgumentTypeMismatchException mismatch ->
                fields(
                        status,
                        "The request has invalid values",
                        List.of(FieldProblem.of(mismatch.getName(), mustBe(mismatch.getRequiredType()))));
            case MissingServletRequestParameterException missing ->
                fields(
                        status,
                        "The parameter " + missing.getParameterName() + " is required",
                        List.of(FieldProblem.of(missing.getParameterName(), "is required")));
            case MissingServletRequestPartException missing ->
                fields(
                        status,
                        "The part " + missing.getRequestPartName() + " is required",
                        List.of(FieldProblem.of(missing.getRequestPartName(), "is required")));
            case MissingRequestHeaderException missing ->
                fields(
                        status,
                        "The header " + missing.getHeaderName() + " is required",
                        List.of(FieldProblem.of(missing.getHeaderName(), "is required")));
            case HttpMediaTypeNotSupportedException unsupported ->
                plain(
                        status,
                        "This resource takes "
                                + unsupported.getSupportedMediaTypes().stream()
                                        .map(MediaType::toString)
                                        .collect(Collectors.joining(" or "))
                                + (unsupported.getContentType() == null
                                        ? ", and the request says no Content-Type"
                                        : ", not " + unsupported.getContentType()));
            case HttpMediaTypeNotAcceptableException notAcceptable ->
                plain(
                        status,
                        "This resource answers in "
                                + notAcceptable.getSupportedMediaTypes().stream()
                                        .map(MediaType::toString)
                                        .collect(Collectors.joining(" or "))
                                + ", which the Accept header does not allow");
            case HttpRequestMethodNotSupportedException method ->
                plain(
                        status,
                        "This resource does not take " + method.getMethod()
                                + (method.getSupportedHttpMethods() == null
                                        ? ""
                                        : "; it takes "
                                                + method.getSupportedHttpMethods().stream()
                                                        .map(Object::toString)
                                                        .sorted()
                                                        .collect(Collectors.joining(", "))));
            case NoResourceFoundException ignored -> notFound(request);
            case NoHandlerFoundException ignored -> notFound(request);
            default ->
                plain(status, body instanceof ProblemDetail problem ? problem.getDetail() : status.getReasonPhrase());
        };
    }

    /** 412 for an edit conditional on a version, 409 for one naming it in the body; who won, where known. */
    private static Answer lostRace(HttpServletRequest request, @Nullable String message, @Nullable LastChange last) {
        var status = conditional(request) ? HttpStatus.PRECONDITION_FAILED : HttpStatus.CONFLICT;
        if (last == null) {
            return plain(status, message);
        }
        var answer = plain(
                status,
                message + ". The last change was made by " + last.who() + " at "
                        + last.at().truncatedTo(ChronoUnit.SECONDS) + ".");
        answer.problem().setProperty("changedBy", last.who());
        answer.problem().setProperty("changedAt", last.at().toString());
        return answer;
    }

    /** 503 with Retry-After: the same request may succeed in a minute. */
    private static Answer busy(Busy busy) {
        var headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "60");
        return plain(HttpStatus.SERVICE_UNAVAILABLE, busy.getMessage()).with(headers);
    }

    /** 503 with Retry-After: the answer is being computed since the start; the same request succeeds shortly. */
    private static Answer notYetComputed(NotYetComputed notYet) {
        var headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(NotYetComputed.RETRY_AFTER_SECONDS));
        return plain(HttpStatus.SERVICE_UNAVAILABLE, notYet.getMessage()).with(headers);
    }

    /** 503 with Retry-After: the database is out of reach; the same request succeeds once it is back. */
    private static Answer databaseUnavailable(Exception outage, HttpServletRequest request) {
        log.warn(
                "The database is unavailable answering {} {}: {}",
                request.getMethod(),
                request.getRequestURI(),
                outage.toString());
        var headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        return plain(HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.MESSAGE).with(headers);
    }

    private static boolean conditional(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.IF_MATCH) != null || request.getHeader(HttpHeaders.IF_NONE_MATCH) != null;
    }

    private static Answer notFound(HttpServletRequest request) {
        return plain(HttpStatus.NOT_FOUND, "There is no " + request.getRequestURI() + " in the API");
    }

    private static Answer unexpected(Exception failure, HttpServletRequest request) {
        var id = ErrorId.next();
        log.error("Error {} answering {} {}", id, request.getMethod(), request.getRequestURI(), failure);
        var answer = plain(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Nothing you sent is to blame; if it happens again, tell the"
                        + " administrators the error id " + id + ".");
        answer.problem().setProperty("errorId", id.toString());
        return answer;
    }

    private static Answer multipart(MultipartException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            var name = cause.getClass().getSimpleName();
            if (name.contains("SizeLimitExceeded") || name.contains("SizeException")) {
                return plain(HttpStatus.CONTENT_TOO_LARGE, "The upload is larger than the API takes");
            }
        }
        return plain(HttpStatus.BAD_REQUEST, "The request is not a well-formed multipart/form-data upload");
    }

    private static Answer unreadable(HttpMessageNotReadableException failure) {
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            // The body's stream refused to go on (BodyCap); Jackson wraps what a stream throws.
            if (cause instanceof PayloadTooLarge tooLarge) {
                return plain(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage());
            }
            if (cause instanceof InvalidInput invalid) {
                return fields(
                        HttpStatus.BAD_REQUEST,
                        invalid.getMessage(),
                        List.of(FieldProblem.of(invalid.field(), invalid.getMessage())));
            }
        }
        var cause = failure.getMostSpecificCause();
        for (Throwable each = failure.getCause(); each != null; each = each.getCause()) {
            if (each instanceof JacksonException) {
                cause = each;
                break;
            }
        }
        if (cause instanceof JacksonException json) {
            var field = path(json);
            return switch (json) {
                case InvalidFormatException format ->
                    fields(
                            HttpStatus.BAD_REQUEST,
                            "The request has invalid values",
                            List.of(FieldProblem.of(field, mustBe(format.getTargetType()))));
                case MismatchedInputException mismatch
                when field != null ->
                    fields(
                            HttpStatus.BAD_REQUEST,
                            "The request has invalid values",
                            List.of(FieldProblem.of(field, mustBe(mismatch.getTargetType()))));
                case StreamReadException malformed ->
                    plain(
                            HttpStatus.BAD_REQUEST,
                            "The request body is not well-formed JSON"
                                    + (malformed.getLocation() == null
                                                    || malformed.getLocation().getLineNr() < 0
                                            ? ""
                                            : " (line "
                                                    + malformed.getLocation().getLineNr() + ", column "
                                                    + malformed.getLocation().getColumnNr() + ")"));
                default ->
                    plain(
                            HttpStatus.BAD_REQUEST,
                            field == null
                                    ? "The request body is not the JSON this resource takes"
                                    : "The request body has an invalid value at " + field);
            };
        }
        if (failure.getMessage() != null && failure.getMessage().startsWith("Required request body is missing")) {
            return plain(HttpStatus.BAD_REQUEST, "The request needs a body");
        }
        return plain(HttpStatus.BAD_REQUEST, "The request body could not be read");
    }

    /** The JSON path of the failing value, e.g. {@code expectations[2].level}, or none at the top level. */
    private static @Nullable String path(JacksonException failure) {
        var path = new StringBuilder();
        for (var reference : failure.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    /** What a value of a type must be, in words and without naming a class. */
    private static String mustBe(@Nullable Class<?> type) {
        if (type == null) {
            return "has an invalid value";
        }
        if (type.isEnum()) {
            var names = java.util.Arrays.stream(type.getEnumConstants())
                    .map(Object::toString)
                    .collect(Collectors.joining(", "));
            return "must be one of " + names;
        }
        if (type == UUID.class) {
            return "must be an id (a UUID)";
        }
        if (type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class
                || type == Short.class
                || type == short.class) {
            return "must be a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be a text";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "must be a date or time in ISO 8601, e.g. 2026-01-31T09:00:00Z";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list";
        }
        if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "must be an object";
        }
        return "has an invalid value";
    }

    private static List<FieldProblem> fieldProblems(BindingResult result) {
        var problems = new ArrayList<FieldProblem>();
        result.getFieldErrors()
                .forEach(error -> problems.add(FieldProblem.of(
                        error.getField(),
                        error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage())));
        result.getGlobalErrors()
                .forEach(error -> problems.add(FieldProblem.of(
                        null, error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage())));
        return problems;
    }

    private static List<FieldProblem> parameterProblems(HandlerMethodValidationException failure) {
        var problems = new ArrayList<FieldProblem>();
        for (var result : failure.getParameterValidationResults()) {
            var name = result.getMethodParameter().getParameterName();
            for (var error : result.getResolvableErrors()) {
                if (error instanceof org.springframework.validation.FieldError field) {
                    problems.add(FieldProblem.of(
                            field.getField(),
                            field.getDefaultMessage() == null ? "is invalid" : field.getDefaultMessage()));
                } else {
                    problems.add(FieldProblem.of(
                            name, error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage()));
                }
            }
        }
        return problems;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%d MB", Math.max(1, bytes / 1_000_000));
    }

    private static Answer plain(HttpStatus status, @Nullable String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail == null ? status.getReasonPhrase() : detail);
        problem.setType(ABOUT_BLANK);
        problem.setTitle(status.getReasonPhrase());
        return new Answer(problem, new HttpHeaders());
    }

    private static Answer fields(HttpStatus status, @Nullable String detail, List<FieldProblem> problems) {
        var answer = plain(status, detail);
        answer.problem().setProperty("errors", List.copyOf(problems));
        return answer;
    }

    /** A problem and the headers that go with it (Allow for 405, Accept for 415, Retry-After for 503). */
    private record Answer(ProblemDetail problem, HttpHeaders headers) {

        Answer with(HttpHeaders more) {
            var all = new HttpHeaders();
            all.putAll(headers);
            more.forEach((name, values) -> {
                if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                    all.put(name, values);
                }
            });
            return new Answer(problem, all);
        }
    }
}
