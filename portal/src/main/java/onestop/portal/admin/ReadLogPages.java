package onestop.portal.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import onestop.licensing.api.LicensingAdminClient;
import onestop.opportunities.api.OpportunitiesAdminClient;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;
import onestop.portal.procurement.DateTyped;

/**
 * The logs of staff reading personal data, for an administrator to download as CSV: licensing's (officers reading
 * applications, their documents, timelines and representations) or opportunities' (buyers reading suppliers'
 * responses), over a period typed in GOV.UK date inputs (the API's 30 days up to today when left empty).
 */
@Path("/admin/personal-data-reads")
public class ReadLogPages {

    static final String LICENSING = "licensing";
    static final String OPPORTUNITIES = "opportunities";

    @CheckedTemplate(basePath = "portal/admin", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance personalDataReads(String service, DateTyped from, DateTyped to,
                List<FormError> errors);
    }

    @Inject
    AdminAccess access;

    @Inject
    LicensingAdminClient licensing;

    @Inject
    OpportunitiesAdminClient opportunities;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        access.authorization();
        return Templates.personalDataReads(null, DateTyped.of("from", null), DateTyped.of("to", null), List.of());
    }

    /** The CSV asked for; the form again, with what is wrong, when the service or a date is not one. */
    @GET
    @Path("download")
    @Produces({ "text/csv", MediaType.TEXT_HTML })
    public Response download(@Context UriInfo uri) {
        String authorization = access.authorization();
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        String service = query.getFirst("service");
        List<FormError> errors = new ArrayList<>();
        if (!LICENSING.equals(service) && !OPPORTUNITIES.equals(service)) {
            errors.add(new FormError("service", "Select whose reads to download"));
        }
        DateTyped from = DateTyped.from(query, "from");
        DateTyped to = DateTyped.from(query, "to");
        LocalDate first = from.date("The start of the period", errors);
        LocalDate last = to.date("The end of the period", errors);
        if (errors.isEmpty()) {
            try {
                String csv = ApiCalls.read(() -> LICENSING.equals(service)
                        ? licensing.personalDataReads(authorization, first, last)
                        : opportunities.personalDataReads(authorization, first, last));
                return Response.ok(csv, "text/csv; charset=UTF-8").header("Content-Disposition",
                        "attachment; filename=\"" + service + "-personal-data-reads.csv\"").build();
            } catch (ApiCalls.Refused refused) { // the API names from or to: shown at its day input
                refused.errors("from").forEach(e -> errors.add(new FormError(e.field() + "-day", e.message())));
            }
        }
        return Response.ok(Templates.personalDataReads(service, from, to, errors).render(),
                MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }
}
