package onestop.portal.licensing;

import java.net.URI;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;
import onestop.licensing.api.Premises;

/** How the licensing pages answer (a page, or on to the next page) and read their forms. */
final class ApplicationForms {

    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private ApplicationForms() {
    }

    static Response page(TemplateInstance page) {
        return Response.ok(page.render(), HTML).build();
    }

    /** Redirect after a successful post. */
    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    static String text(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.trim();
    }

    /** The {@code If-Match} of the version a form was read at (its hidden {@code version}); none when it has none. */
    static String ifMatch(MultivaluedMap<String, String> form) {
        String version = text(form, "version");
        return version.isEmpty() ? null : "\"" + version + "\"";
    }

    /** The premises as typed; blank fields are sent as blank for the service to keep or report. */
    static Premises premises(MultivaluedMap<String, String> form) {
        return new Premises(text(form, "name"), text(form, "addressLine1"), text(form, "town"), text(form, "postcode"));
    }
}
