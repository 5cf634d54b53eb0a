package vn.party.backbone.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns every failure into an RFC 9457 problem, so that no request answers with an HTML page or a bare
 * 500: bad input is 400 with the fields at fault, scope misses 404, state conflicts 409, rule refusals 422.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response ruleViolation(RuleViolation e, UriInfo uri) {
        Problem problem = Problem.of(ProblemType.RULE_VIOLATION, e.getMessage()).withRule(e.rule());
        for (var fact : e.facts().entrySet()) {
            problem = problem.with(fact.getKey(), fact.getValue());
        }
        return respond(problem, uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toCollection(ArrayList::new));
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(Problem.of(ProblemType.VALIDATION, detail).withErrors(errors), uri);
    }

    @ServerExceptionMapper
    public Response unrecognizedField(UnrecognizedPropertyException e, UriInfo uri) {
        return badJson(e, "unknown field", uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return badJson(e, "cannot read the value " + safeValue(e.getValue()) + " as " + e.getTargetType().getSimpleName(), uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String target = e.getTargetType() == null ? "the expected type" : e.getTargetType().getSimpleName();
        return badJson(e, "wrong JSON type, expected " + target, uri);
    }

    @ServerExceptionMapper
    public Response jsonParse(JsonParseException e, UriInfo uri) {
        return malformed(e, "the body is not valid JSON", uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return badJson(m, "cannot read this value", uri);
        }
        return malformed(e, "the body cannot be read as the expected JSON", uri);
    }

    /**
     * A body the parser itself refused (broken JSON, a duplicate key, a number beyond its type): named by the
     * field the parser stood at, when it stood inside one, so the client learns which value to mend.
     */
    private static Response malformed(JsonProcessingException e, String message, UriInfo uri) {
        String field = null;
        if (e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser parser && parser.getParsingContext() != null) {
            String pointer = parser.getParsingContext().pathAsPointer().toString();   // /payments/0/amount
            field = pointer.isEmpty() ? null : pointer.substring(1).replaceAll("/([0-9]+)(?=/|$)", "[$1]").replace('/', '.');
        }
        String reason = e.getOriginalMessage() == null ? message : message + ": " + e.getOriginalMessage().lines().findFirst().orElse("");
        Problem problem = Problem.of(ProblemType.MALFORMED, field == null ? reason : field + ": " + reason);
        return respond(field == null ? problem : problem.withErrors(List.of(new Problem.FieldError(field, reason))), uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(ProblemType.FORBIDDEN, null), uri);
    }

    @ServerExceptionMapper
    public Response staleVersion(OptimisticLockException e, UriInfo uri) {
        return stale(uri);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri) {
        return stale(uri);
    }

    @ServerExceptionMapper
    public Response databaseConstraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        String constraint = e.getConstraintName() == null ? "a uniqueness or integrity rule" : e.getConstraintName();
        return respond(Problem.of(ProblemType.CONFLICT, "conflicts with existing data (" + constraint + ")"), uri);
    }

    @ServerExceptionMapper
    public Response databaseDown(JDBCConnectionException e, UriInfo uri) {
        LOG.warnf("database unavailable: %s", e.getMessage());
        return Response.fromResponse(respond(Problem.of(ProblemType.UNAVAILABLE, null), uri))
                .header("Retry-After", "5").build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        ProblemType type = switch (status) {
            case 400 -> ProblemType.MALFORMED;
            case 401 -> ProblemType.UNAUTHENTICATED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 409 -> ProblemType.CONFLICT;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> null;
        };
        if (type == null) {
            return status >= 500 ? internal(e, uri) : e.getResponse();
        }
        if (status == 401) {
            return unauthorized(uri);
        }
        return respond(Problem.of(type, null), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        JDBCConnectionException down = causeOf(e, JDBCConnectionException.class);
        if (down != null) {
            return databaseDown(down, uri);
        }
        var constraint = causeOf(e, org.hibernate.exception.ConstraintViolationException.class);
        if (constraint != null) {
            return databaseConstraint(constraint, uri);
        }
        if (causeOf(e, OptimisticLockException.class) != null || causeOf(e, StaleStateException.class) != null) {
            return stale(uri);
        }
        if (connectionPoolExhausted(e)) {
            // every connection busy past the pool's acquisition timeout: the service is overloaded, not broken
            LOG.warnf("no database connection free: %s", e.getMessage());
            return Response.fromResponse(respond(Problem.of(ProblemType.UNAVAILABLE,
                    "the service is busy: every database connection is in use; try again"), uri))
                    .header("Retry-After", "2").build();
        }
        return internal(e, uri);
    }

    /** Agroal's acquisition timeout, as Hibernate wraps it ("Unable to acquire JDBC Connection"), anywhere in the causes. */
    static boolean connectionPoolExhausted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Unable to acquire JDBC Connection")
                    || message.contains("acquisition timeout"))) {
                return true;
            }
        }
        return false;
    }

    private Response internal(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure, incident %s", incident);
        return respond(Problem.of(ProblemType.INTERNAL, "incident " + incident), uri);
    }

    private Response unauthorized(UriInfo uri) {
        return Response.fromResponse(respond(Problem.of(ProblemType.UNAUTHENTICATED, null), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private Response stale(UriInfo uri) {
        return respond(Problem.of(ProblemType.STALE_VERSION,
                "someone changed it after you read it; read it again and reapply your change"), uri);
    }

    private Response badJson(JsonMappingException e, String message, UriInfo uri) {
        String field = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        if (field.isEmpty()) {
            field = "body";
        }
        return respond(Problem.of(ProblemType.VALIDATION, field + ": " + message)
                .withErrors(List.of(new Problem.FieldError(field, message))), uri);
    }

    static Response respond(Problem problem, UriInfo uri) {
        Problem withInstance = uri == null ? problem : problem.withInstance(uri.getPath());
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(withInstance).build();
    }

    /** The request field a violation is about: the property path without the method and parameter names. */
    static String fieldOf(ConstraintViolation<?> v) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            // Bean Validation puts a list index on the node *inside* the element (payments, amount[0]):
            // it belongs to the list before it, so the field reads payments[0].amount
            Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
            if (node.isInIterable() && position != null && !parts.isEmpty()) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + position + "]");
            }
            String name = node.getName();
            if (name != null && !name.isEmpty() && !name.startsWith("<")) {
                parts.add(name);
            }
        }
        if (parts.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return String.join(".", parts);
    }

    private static String safeValue(Object value) {
        String s = String.valueOf(value);
        return "'" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "'";
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
