package onestop.portal.procurement;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;

/** How the procurement pages answer: a page, or after a form that worked, a redirect (303) to the next page. */
final class Pages {

    static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");
    /** Where the API keeps a notice's documents, uploaded and read as files rather than typed calls. */
    static final String NOTICES = "/api/opportunities/opportunities/";

    private Pages() {
    }

    static Response show(TemplateInstance page) {
        return Response.ok(page.render(), HTML).build();
    }

    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    /** One field of a posted form, trimmed; "" when it was not sent. */
    static String field(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.trim();
    }

    /** Every value of a repeated field (checkboxes), without the empty ones. */
    static List<String> fields(MultivaluedMap<String, String> form, String name) {
        List<String> values = form.get(name);
        return values == null ? List.of() : values.stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    /**
     * One of an enum's values as a form sent it, or null for none or one that is not among them (a tampered form):
     * the service then says that a choice is required.
     */
    static <E extends Enum<E>> E choice(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException notOne) {
            return null;
        }
    }

    /** An id sent back in a form: it goes into a service's path, so anything but a UUID names nothing (404). */
    static UUID id(String value) {
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            throw new NotFoundException();
        }
    }

    /** An id chosen in a form, or null when none was (or what was sent is not an id). */
    static UUID idOrNull(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    static String nullIfBlank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
