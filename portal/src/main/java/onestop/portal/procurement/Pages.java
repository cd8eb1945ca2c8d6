package onestop.portal.procurement;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;
import onestop.portal.PortalServices;

/** How the procurement pages answer: a page, or after a form that worked, a redirect (303) to the next page. */
final class Pages {

    static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");
    static final String NOTICES = "/api/opportunities/opportunities/";
    /** Where notices are listed and made (the gateway refuses a path with a trailing slash). */
    static final String NOTICE_LIST = "/api/opportunities/opportunities";

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

    /** A field of the API's JSON as a form shows it again: "" for null. */
    static String text(Map<String, Object> json, String key) {
        Object value = json.get(key);
        return value == null ? "" : value.toString();
    }

    /** An id sent back in a form: it goes into a service's path, so anything but a UUID names nothing (404). */
    static UUID id(String value) {
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            throw new NotFoundException();
        }
    }

    static String nullIfBlank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
