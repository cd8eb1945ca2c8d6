package onestop.portal;

import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/** The public licence register: search it, and read one licence. */
@Path("/licences/register")
@Produces(MediaType.TEXT_HTML)
public class RegisterPages {

    @Inject
    PortalServices services;

    @Inject
    @Location("portal/register")
    Template register;

    @Inject
    @Location("portal/register-entry")
    Template entry;

    @GET
    public TemplateInstance search(@QueryParam("q") String q, @QueryParam("licenceTypeCode") String type,
            @QueryParam("postcode") String postcode, @QueryParam("page") Integer page) {
        List<Map.Entry<String, String>> query = new ArrayList<>();
        add(query, "q", q);
        add(query, "licenceTypeCode", type);
        add(query, "postcode", postcode);
        List<Map.Entry<String, String>> pageQuery = List.copyOf(query);
        add(query, "page", page == null || page < 0 ? null : page.toString());
        PortalServices.Answer answer = services.licensing("/api/licensing/register", query);
        List<FormError> errors = answer.ok() ? List.of() : OpportunityPages.apiErrors(answer.body());
        return register.data("q", q).data("type", type).data("postcode", postcode)
                .data("types", services.licensing("/api/licensing/licence-types", List.of()).list())
                .data("errors", errors)
                .data("result", answer.ok() ? answer.body() : null)
                .data("pages", answer.ok() ? Pagination.of(answer.body(), "/licences/register", pageQuery) : null);
    }

    @GET
    @Path("{id}")
    public TemplateInstance entry(@PathParam("id") UUID id) {
        return entry.data("licence", services.licensing("/api/licensing/register/" + id, List.of()).body());
    }

    private static void add(List<Map.Entry<String, String>> query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.add(new SimpleEntry<>(name, value.trim()));
        }
    }
}
