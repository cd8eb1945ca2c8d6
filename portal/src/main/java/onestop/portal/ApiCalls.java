package onestop.portal;

import java.util.List;
import java.util.function.Supplier;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import onestop.platform.problem.Problem;

/**
 * A call of a typed client ({@code LicensingClient}, ...) the way every page wants it: the answer; a 404 the
 * portal's "Page not found"; no answer, a 5xx or a refused token the service's error page; any other refusal
 * a {@link Refused} with the problem document, for the page to show the GOV.UK way.
 */
public final class ApiCalls {

    private ApiCalls() {
    }

    /** The API refused what was asked (a 4xx other than 401 and 404): its problem document. */
    public static class Refused extends RuntimeException {
        private final transient Problem problem;

        Refused(Problem problem) {
            super(problem.detail(), null, false, false);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }

        /** The problem's field errors as form errors, the detail against {@code fallbackField} when it names none. */
        public List<FormError> errors(String fallbackField) {
            List<FormError> errors = problem.errors() == null ? List.of() : problem.errors().stream()
                    .map(e -> new FormError(e.field(), sentence(e.message()), e.code())).toList();
            return errors.isEmpty() ? List.of(new FormError(fallbackField, sentence(problem.detail()))) : errors;
        }

        private static String sentence(String text) {
            return text == null || text.isEmpty() ? "That could not be done"
                    : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
    }

    /**
     * The API answered 503 with a problem document: something it depends on (GOV.UK Pay, ...) is away for now.
     * A {@link ServiceUnavailable}, so that pages that do not expect it show the error page; a page that does
     * (paying the fee) tells the person what the service said.
     */
    public static class Unavailable extends ServiceUnavailable {
        private final String detail;

        Unavailable(String detail) {
            super("the API answered 503: " + detail);
            this.detail = detail;
        }

        public String detail() {
            return detail;
        }
    }

    public static <T> T read(Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                throw new NotFoundException();
            }
            if (status == 503 && isProblem(e.getResponse())) {
                throw new Unavailable(e.getResponse().readEntity(Problem.class).detail());
            }
            if (status >= 500 || status == 401) {
                throw new ServiceUnavailable("the API answered " + status);
            }
            throw new Refused(e.getResponse().readEntity(Problem.class));
        } catch (ProcessingException e) {
            throw new ServiceUnavailable("the API could not be reached: " + e.getMessage());
        }
    }

    /**
     * A file the API sends (a document's download), passed on to the browser with its type and name, never cached;
     * a refusal, which for a file means it is not the caller's to read, is "Page not found".
     */
    public static Response file(Supplier<Response> call) {
        Response file;
        try {
            file = read(call);
        } catch (Refused notTheirs) {
            throw new NotFoundException();
        }
        try (file) {
            return Response.ok(file.readEntity(byte[].class), file.getMediaType())
                    .header(HttpHeaders.CONTENT_DISPOSITION, file.getHeaderString(HttpHeaders.CONTENT_DISPOSITION))
                    .header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
        }
    }

    private static boolean isProblem(Response response) {
        return response.getMediaType() != null && "problem+json".equals(response.getMediaType().getSubtype());
    }
}
