package onestop.portal;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The upload forms (an application's or a notice's documents) pass files up to 10 MB on; a larger one is
 * refused before it is read, with a page that leads back to the documents rather than a broken connection.
 */
@ApplicationScoped
class PortalUploads {

    private static final Pattern UPLOAD = Pattern.compile("/(applications|buyer/notices)/[^/]+/documents");

    private final Template fileTooLarge;
    private final long maxBody;

    PortalUploads(@Location("portal/file-too-large") Template fileTooLarge,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
        this.fileTooLarge = fileTooLarge;
        this.maxBody = maxBody.asLongValue();
    }

    void register(@Observes Router router) {
        router.post().order(-10).handler(this::limit);
    }

    private void limit(RoutingContext context) {
        String path = context.request().path();
        String length = context.request().getHeader("Content-Length");
        if (length == null || !UPLOAD.matcher(path).matches() || declaredLength(length) <= maxBody) {
            context.next();
            return;
        }
        String back = path.startsWith("/buyer/") ? path.replaceAll("/documents$", "#documents") : path;
        context.response().setStatusCode(413).putHeader("Connection", "close")
                .putHeader("Content-Type", "text/html;charset=UTF-8")
                .end(fileTooLarge.data("back", back).render());
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
