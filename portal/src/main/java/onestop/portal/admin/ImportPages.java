package onestop.portal.admin;

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

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import onestop.opportunities.api.ImportOutcome;
import onestop.opportunities.api.OpportunitiesAdminClient;
import onestop.portal.ApiCalls;
import onestop.portal.ChosenFile;
import onestop.portal.FormError;

/**
 * Loading procurement notices from Contracts Finder or Find a Tender: a file of OCDS releases, one a line, merged
 * by {@code ocid}; the page says what was created and updated and lists each release refused with why.
 */
@Path("/admin/import")
@Produces(MediaType.TEXT_HTML)
public class ImportPages {

    @CheckedTemplate(basePath = "portal/admin", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance importNotices(ImportOutcome outcome, List<FormError> errors);
    }

    @Inject
    AdminAccess access;

    @Inject
    OpportunitiesAdminClient opportunities;

    @GET
    public TemplateInstance page() {
        access.authorization();
        return Templates.importNotices(null, List.of());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public TemplateInstance load(@RestForm String csrf, @RestForm FileUpload file) {
        String authorization = access.form(csrf);
        if (!ChosenFile.isChosen(file)) {
            return Templates.importNotices(null,
                    List.of(new FormError("file", "Select a file of OCDS releases, one release a line")));
        }
        try {
            String lines = Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
            return Templates.importNotices(ApiCalls.read(() -> opportunities.importReleases(authorization, lines)),
                    List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ApiCalls.Refused refused) {
            return Templates.importNotices(null, refused.errors("file"));
        }
    }
}
