package onestop.platform.problem;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import onestop.platform.requestid.RequestIds;

/**
 * The one place where exceptions become HTTP answers: every error leaves a service as an RFC 9457
 * {@code application/problem+json} document, with the fields at fault for validation failures, and
 * never with a stack trace. A request that could get no database connection in time is 503 with
 * {@code Retry-After} ({@link DatabaseBusy}); other unexpected exceptions are logged with the request id and
 * answered 500 without detail.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response response = respond(e.toProblem(), uri);
        if (e.headers().isEmpty()) {
            return response;
        }
        Response.ResponseBuilder withHeaders = Response.fromResponse(response);
        e.headers().forEach(withHeaders::header);
        return withHeaders.build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldOf(violation.getPropertyPath()), codeOf(violation),
                    violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return respond(new InvalidInput("Some fields are missing or invalid.", errors).toProblem(), uri);
    }

    // Listed one by one so that they take precedence over the JSON extension's own, plainer mappers.
    @ServerExceptionMapper({ JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class,
            ValueInstantiationException.class })
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonParseException) {
            return respond(new InvalidInput("The body is not well-formed JSON.").toProblem(), uri);
        }
        String field = e instanceof JsonMappingException mapping ? pathOf(mapping) : "";
        String message;
        if (e instanceof UnrecognizedPropertyException) {
            message = "is not a known field";
        } else if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            message = "must be one of " + java.util.Arrays.toString(format.getTargetType().getEnumConstants());
        } else {
            message = "has the wrong type or format";
        }
        List<Problem.FieldError> errors = field.isEmpty() ? List.of()
                : List.of(new Problem.FieldError(field, codeOf(e), message));
        return respond(new InvalidInput("The body could not be read: "
                + (field.isEmpty() ? "it does not have the expected shape." : "field '" + field + "' " + message + "."),
                errors).toProblem(), uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Forbidden("Your role does not allow this.").toProblem(), uri);
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response concurrentChange(RuntimeException e, UriInfo uri) {
        return respond(new StaleVersion("Someone else changed this at the same time; read it again and retry.")
                .toProblem(), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException unreadableBody) {
            return unreadable(unreadableBody, uri);
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Problem problem = switch (status) {
            case 404 -> Problem.of("not-found", "Not found", 404, "There is nothing at this address.");
            case 405 -> Problem.of("method-not-allowed", "Method not allowed", 405,
                    "This address does not accept " + "that method.");
            case 406 -> Problem.of("not-acceptable", "Not acceptable", 406,
                    "This address cannot answer in the media type asked for.");
            case 413 -> new PayloadTooLarge("The body is larger than allowed.").toProblem();
            case 415 -> new UnsupportedMediaType("This address does not accept that media type.").toProblem();
            case 401 -> Problem.of("unauthenticated", "Sign-in required", 401, "A valid access token is required.");
            case 403 -> new Forbidden("Your role does not allow this.").toProblem();
            case 400 -> new InvalidInput("The request could not be read.").toProblem();
            default -> Problem.of("bad-request", "Bad request", status, "The request could not be understood.");
        };
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(problem.at(uri.getPath(), RequestIds.current()));
        if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            builder.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        java.util.Optional<DatabaseBusy> busy = DatabaseBusy.in(e);
        if (busy.isPresent()) {
            LOG.warnf("No database connection for %s (request %s): %s", uri.getPath(), MDC.get(RequestIds.MDC_KEY), e);
            return problem(busy.get(), uri);
        }
        LOG.errorf(e, "Unexpected error answering %s (request %s)", uri.getPath(), MDC.get(RequestIds.MDC_KEY));
        return respond(Problem.of("internal-error", "Something went wrong", 500,
                "The error has been logged; quote the request id if you contact us."), uri);
    }

    private Response unauthenticated(UriInfo uri) {
        return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of("unauthenticated", "Sign-in required", 401,
                        "A valid access token is required.").at(uri.getPath(), RequestIds.current()))
                .build();
    }

    private static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE)
                .entity(problem.at(uri.getPath(), RequestIds.current())).build();
    }

    /** {@code create.body.premises.postcode} becomes {@code premises.postcode}; a query parameter keeps its name. */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                // a node's index is its place in the list of the node before it: scores[0].score
                if (node.isInIterable() && node.getIndex() != null && field.length() > 0) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                    if (field.length() > 0) {
                        field.append('.');
                    }
                    field.append(node.getName());
                }
            }
        }
        if (field.length() > 0) {
            return field.toString();
        }
        return parameter != null ? parameter : path.toString();
    }

    /** The field code a constraint annotation stands for: {@code @NotBlank} is {@code required}, and so on. */
    static String codeOf(ConstraintViolation<?> violation) {
        return switch (violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> FieldCodes.REQUIRED;
            case "Size", "Length" -> sizeCodeOf(violation);
            case "Pattern", "Email" -> FieldCodes.PATTERN;
            case "Min", "Max", "Positive", "PositiveOrZero", "Negative", "NegativeOrZero", "DecimalMin", "DecimalMax",
                    "Range", "Past", "Future", "PastOrPresent", "FutureOrPresent" -> FieldCodes.OUT_OF_RANGE;
            default -> FieldCodes.INVALID;
        };
    }

    private static String sizeCodeOf(ConstraintViolation<?> violation) {
        Object min = violation.getConstraintDescriptor().getAttributes().get("min");
        Object value = violation.getInvalidValue();
        int length;
        if (value instanceof CharSequence text) {
            length = text.length();
        } else if (value instanceof Collection<?> collection) {
            length = collection.size();
        } else if (value instanceof Map<?, ?> map) {
            length = map.size();
        } else if (value != null && value.getClass().isArray()) {
            length = Array.getLength(value);
        } else {
            return FieldCodes.INVALID;
        }
        return min instanceof Number least && length < least.intValue() ? FieldCodes.TOO_SHORT : FieldCodes.TOO_LONG;
    }

    /** The field code of a value Jackson could not read, judged by the type it was meant to become. */
    static String codeOf(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return FieldCodes.NOT_A_FIELD;
        }
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target == null) {
            return FieldCodes.INVALID;
        }
        if (target.isEnum()) {
            return FieldCodes.NOT_ALLOWED;
        }
        if (target.getPackageName().equals("java.time")) {
            return FieldCodes.NOT_A_DATE;
        }
        if (Number.class.isAssignableFrom(target)
                || target.isPrimitive() && target != boolean.class && target != char.class) {
            return FieldCodes.NOT_A_NUMBER;
        }
        return FieldCodes.INVALID;
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
