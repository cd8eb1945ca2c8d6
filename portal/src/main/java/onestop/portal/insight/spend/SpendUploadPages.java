package onestop.portal.insight.spend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import onestop.opportunities.api.ProcurementInsightClient;
import onestop.opportunities.api.SpendUploadView;
import onestop.portal.ApiCalls;
import onestop.portal.ChosenFile;
import onestop.portal.FormError;
import onestop.portal.PortalVisitor;
import onestop.portal.session.PortalSessions;
import onestop.platform.security.Roles;

/**
 * A buyer's spend data: the quarters uploaded, the template, and the upload form (a quarter and a CSV file). A
 * refused upload loads nothing; the page lists every rejected row with its field and reason.
 */
@Path("/buyer/spend")
@Produces(MediaType.TEXT_HTML)
public class SpendUploadPages {

    /** A rejected row as the page lists it: the line of the file, the column, why. */
    public record Rejected(String row, String field, String reason) {
    }

    @CheckedTemplate(basePath = "portal/insight", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance spendUploads(List<SpendUploadView> uploads, String quarter,
                SpendUploadView loaded, List<FormError> errors, List<Rejected> rejected);
    }

    @Inject
    ProcurementInsightClient insight;

    @Inject
    PortalVisitor visitor;

    @Inject
    PortalSessions sessions;

    @GET
    public Response page() {
        String authorization = authorization(visitor.requiredRole(Roles.BUYER));
        return show(authorization, "", null, List.of(), List.of());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm String csrf, @RestForm String quarter, @RestForm FileUpload file) {
        visitor.checkForm(csrf);
        String authorization = authorization(visitor.requiredRole(Roles.BUYER));
        String q = quarter == null ? "" : quarter.strip().toUpperCase(java.util.Locale.ROOT);
        if (!q.matches("\\d{4}-Q[1-4]")) {
            return show(authorization, q, null, List.of(new FormError("quarter",
                    "Enter the quarter the payments were made in, like 2026-Q2")), List.of());
        }
        if (!ChosenFile.isChosen(file)) {
            return show(authorization, q, null, List.of(new FormError("file", "Select the CSV file of payments")),
                    List.of());
        }
        try {
            String csv = Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
            SpendUploadView loaded = ApiCalls.read(() -> insight.uploadSpend(authorization, q, csv));
            return show(authorization, "", loaded, List.of(), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ApiCalls.Refused refused) {
            List<Rejected> rejected = refused.problem().errors() == null ? List.of() : refused.problem().errors()
                    .stream().filter(e -> e.field() != null && e.field().startsWith("rows["))
                    .map(e -> new Rejected(e.field().substring(5, e.field().indexOf(']')),
                            e.field().indexOf('.') < 0 ? "header" : e.field().substring(e.field().indexOf('.') + 1),
                            sentence(e.message())))
                    .toList();
            List<FormError> errors = rejected.isEmpty() ? refused.errors("file")
                    : List.of(new FormError("rejected-rows", refused.problem().detail()));
            return show(authorization, q, null, errors, rejected);
        }
    }

    private Response show(String authorization, String quarter, SpendUploadView loaded, List<FormError> errors,
            List<Rejected> rejected) {
        List<SpendUploadView> uploads = ApiCalls.read(() -> insight.spendUploads(authorization));
        return Response.ok(Templates.spendUploads(uploads, quarter, loaded, errors, rejected).render(),
                MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    /** The service's reason as the page shows it: "Must be an amount in pounds, ...". */
    private static String sentence(String reason) {
        return reason == null || reason.isEmpty() ? "Is not valid"
                : Character.toUpperCase(reason.charAt(0)) + reason.substring(1);
    }

    private String authorization(PortalSessions.SignedIn user) {
        return "Bearer " + sessions.accessToken(user);
    }
}
