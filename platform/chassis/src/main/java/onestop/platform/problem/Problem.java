package onestop.platform.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document, the body of every error answer: a stable {@code type}, a short
 * {@code title}, the HTTP {@code status}, a {@code detail} for this occurrence, the request id, and
 * for validation failures the {@code errors} at fault.
 *
 * <p>Serialised as {@code application/problem+json}. Never carries a stack trace.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, String requestId,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://onestop.local/problems/";

    /**
     * One field (a JSON path such as {@code premises.postcode}), what is wrong with it as a machine word from
     * {@link FieldCodes}, and the same in words for a person.
     */
    public record FieldError(String field, String code, String message) {
    }

    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem(URI.create(TYPE_BASE + slug), title, status, detail, null, null, List.of());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, requestId, List.copyOf(fieldErrors));
    }

    public Problem at(String path, String requestIdOfCall) {
        return new Problem(type, title, status, detail, path, requestIdOfCall, errors);
    }
}
