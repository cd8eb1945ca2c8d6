package onestop.platform.openapi;

import static org.eclipse.microprofile.openapi.OASFactory.createAPIResponse;
import static org.eclipse.microprofile.openapi.OASFactory.createContent;
import static org.eclipse.microprofile.openapi.OASFactory.createMediaType;
import static org.eclipse.microprofile.openapi.OASFactory.createSchema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

import onestop.platform.problem.Problem;

/**
 * The RFC 9457 problem document as a schema component ({@code Problem}, with {@code errors[]} of
 * {@code ProblemFieldError}) and one reusable response per error status every route can answer.
 */
final class ProblemResponses {

    static final String SCHEMA = "Problem";
    static final String FIELD_ERROR = "ProblemFieldError";

    /** status → (component name, description) */
    static final Map<String, String[]> BY_STATUS = new LinkedHashMap<>();

    static {
        BY_STATUS.put("400", new String[] { "BadRequest", "The request is malformed or a field is invalid: `errors[]` names each field and its code." });
        BY_STATUS.put("401", new String[] { "Unauthorized", "No valid bearer token: sign in (POST /api/auth/sign-in) or refresh the token." });
        BY_STATUS.put("403", new String[] { "Forbidden", "The token is valid but its roles do not allow this route." });
        BY_STATUS.put("404", new String[] { "NotFound", "Nothing here, or not yours to see (another party's object is 404 too)." });
        BY_STATUS.put("409", new String[] { "Conflict", "The object's state does not allow this now, it exists already, or a request with the same Idempotency-Key is still in progress." });
        BY_STATUS.put("412", new String[] { "PreconditionFailed", "If-Match names a version that is no longer current: read the object again." });
        BY_STATUS.put("428", new String[] { "PreconditionRequired", "This change needs If-Match with the ETag of the object as last read." });
        BY_STATUS.put("422", new String[] { "UnprocessableContent", "A business rule refuses the request, or the Idempotency-Key was used before with another body." });
        BY_STATUS.put("429", new String[] { "TooManyRequests", "Rate limited: wait the seconds in Retry-After (see the RateLimit headers)." });
        BY_STATUS.put("503", new String[] { "ServiceUnavailable", "A service behind the gateway is not answering: try again later." });
    }

    private ProblemResponses() {
    }

    static void register(Components components) {
        if (components.getSchemas() == null || !components.getSchemas().containsKey(FIELD_ERROR)) {
            components.addSchema(FIELD_ERROR, createSchema().addType(SchemaType.OBJECT)
                    .description("One field at fault.")
                    .addProperty("field", text("The field, as a JSON path such as `premises.postcode`, or a parameter name."))
                    .addProperty("code", text("What is wrong, as a machine word (`required`, `out-of-range`, `invalid-format`...)."))
                    .addProperty("message", text("The same in words for a person."))
                    .required(List.of("field", "code")));
        }
        if (components.getSchemas() == null || !components.getSchemas().containsKey(SCHEMA)) {
            components.addSchema(SCHEMA, createSchema().addType(SchemaType.OBJECT)
                    .description("An RFC 9457 problem document, the body of every error answer.")
                    .addProperty("type", text("A URI naming the kind of problem; stable.").format("uri"))
                    .addProperty("title", text("A short summary of the kind of problem."))
                    .addProperty("status", createSchema().addType(SchemaType.INTEGER).description("The HTTP status."))
                    .addProperty("detail", text("What went wrong this time."))
                    .addProperty("instance", text("The path of the request."))
                    .addProperty("requestId", text("The request's id (X-Request-Id), to quote when asking for help."))
                    .addProperty("errors", createSchema().addType(SchemaType.ARRAY)
                            .items(createSchema().ref(FIELD_ERROR)))
                    .required(List.of("type", "title", "status")));
        }
        BY_STATUS.forEach((status, named) -> {
            if (components.getResponses() == null || !components.getResponses().containsKey(named[0])) {
                components.addResponse(named[0], createAPIResponse().description(named[1]).content(problemContent()));
            }
        });
    }

    static Content problemContent() {
        return createContent().addMediaType(Problem.MEDIA_TYPE, createMediaType().schema(createSchema().ref(SCHEMA)));
    }

    private static Schema text(String description) {
        return createSchema().addType(SchemaType.STRING).description(description);
    }
}
