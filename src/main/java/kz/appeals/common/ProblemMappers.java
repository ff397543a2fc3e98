package kz.appeals.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become problem+json answers. Bodies never carry a
 * stack trace, a class name or SQL; unexpected failures are logged here and answered
 * with a neutral 500.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    CurrentVertxRequest currentRequest;

    public static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    @ServerExceptionMapper
    public Response domain(ProblemException e) {
        Response.ResponseBuilder builder = Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(e.toProblem());
        e.headers().forEach(builder::header);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response invalidTransition(InvalidTransitionException e) {
        return respond(e.toProblem());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toList());
        return domain(new ValidationException(errors));
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e) {
        return domain(new ValidationException(path(e), "unknown property"));
    }

    @ServerExceptionMapper
    public Response wrongType(InvalidFormatException e) {
        return domain(new ValidationException(path(e), "has the wrong type or format"));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        String field = path(e);
        return field.isEmpty()
                ? domain(ProblemException.badRequest("The request body is not the expected JSON object"))
                : domain(new ValidationException(field, "has the wrong type or format"));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return domain(ProblemException.badRequest("The request body is not well-formed JSON"));
    }

    @ServerExceptionMapper
    public Response malformedUtf8(StrictUtf8.MalformedException e) {
        return domain(ProblemException.badRequest(e.getMessage()));
    }

    @ServerExceptionMapper
    public Response bodyTooLarge(BodySizeInterceptor.TooLargeException e) {
        BodySizeInterceptor.closeAfterAnswer(currentRequest.getCurrent());
        return Response.status(413).type(Problem.MEDIA_TYPE).header("Connection", "close")
                .entity(BodyLimits.tooLarge(e.cap())).build();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of(403, "forbidden", "Forbidden", "Your role does not allow this operation"));
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response staleWrite(RuntimeException e) {
        return domain(ProblemException.preconditionFailed(
                "The record was changed by someone else; read it again and retry with its new ETag"));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return json instanceof UnrecognizedPropertyException u ? unknownProperty(u)
                    : json instanceof InvalidFormatException f ? wrongType(f)
                    : json instanceof MismatchedInputException m ? mismatchedInput(m)
                    : malformedJson(json);
        }
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        String detail = switch (status) {
            case 400 -> "The request is malformed";
            case 404 -> "No resource at this address";
            case 405 -> "This method is not allowed here";
            case 406 -> "No acceptable representation";
            case 413 -> "The request body is too large";
            case 415 -> "This media type is not supported here";
            default -> title;
        };
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, slug(title), title, detail));
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            builder.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return builder.build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e) {
        if (isNulCharacter(e)) {
            return respond(Problem.of(400, "bad-request", "Bad request",
                    "A text value contains a NUL character, which the register cannot store"));
        }
        if (isDatabaseUnavailable(e)) {
            LOG.warn("Database unavailable: answering 503");
            return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "5")
                    .entity(Problem.of(503, "unavailable", "Service unavailable",
                            "The register is temporarily unavailable; retry shortly")).build();
        }
        LOG.error("Unexpected failure", e);
        return respond(Problem.of(500, "internal", "Internal error",
                "The request could not be completed; it has been logged"));
    }

    private static Response unauthenticated() {
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
                .entity(Problem.of(401, "unauthorized", "Unauthorized",
                        "A valid bearer token from the realm 'appeals' is required")).build();
    }

    /** PostgreSQL refuses NUL in text: the input was bad, not the service. */
    static boolean isNulCharacter(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("0x00") && message.contains("invalid byte sequence")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A lost or refused database connection anywhere in the failure: in its causes, or in the
     * exceptions suppressed on the way (a commit that fails when the connection drops ends as
     * the transaction manager's RollbackException, with the driver's error suppressed in it).
     */
    static boolean isDatabaseUnavailable(Throwable e) {
        return isDatabaseUnavailable(e, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    private static boolean isDatabaseUnavailable(Throwable t, java.util.Set<Throwable> seen) {
        if (t == null || !seen.add(t) || seen.size() > 64) {
            return false;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                return true;
            }
            String message = String.valueOf(sql.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("acquisition timeout") || message.contains("connection refused")) {
                return true;
            }
        }
        if (t instanceof org.hibernate.exception.JDBCConnectionException) {
            return true;
        }
        if (t instanceof org.hibernate.exception.GenericJDBCException g
                && String.valueOf(g.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout")) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (isDatabaseUnavailable(suppressed, seen)) {
                return true;
            }
        }
        return isDatabaseUnavailable(t.getCause(), seen);
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        // Parameter paths look like "create.request.applicant.iin": drop the method and parameter names.
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

    private static String path(JsonProcessingException e) {
        if (!(e instanceof com.fasterxml.jackson.databind.JsonMappingException m)) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (var ref : m.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
