package onestop.portal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import onestop.platform.security.Roles;

/** "Find opportunities": the search with its filters, and a notice with its answers and award. */
@Path("/opportunities")
@Produces(MediaType.TEXT_HTML)
public class OpportunityPages {

    @Inject
    Clock clock;

    @Inject
    PortalServices services;

    @Inject
    PortalVisitor visitor;

    @Inject
    @Location("portal/opportunities")
    Template search;

    @Inject
    @Location("portal/opportunity")
    Template notice;

    @GET
    public TemplateInstance search(@BeanParam OpportunitySearchForm form) {
        var query = form.toQuery(clock);
        PortalServices.Answer answer = null;
        List<FormError> errors = new ArrayList<>(form.errors());
        if (errors.isEmpty()) {
            answer = services.opportunities("/api/opportunities/opportunities", query);
            if (!answer.ok()) {
                errors.addAll(apiErrors(answer.body()));
            }
        }
        return search.data("form", form)
                .data("filters", form.asPageQuery())
                .data("types", OpportunitySearchForm.TYPES)
                .data("errors", errors)
                .data("result", answer != null && answer.ok() ? answer.body() : null)
                .data("pages", answer != null && answer.ok() ? Pagination.of(answer.body(), "/opportunities", form.asPageQuery()) : null);
    }

    @GET
    @Path("{id}")
    public TemplateInstance notice(@PathParam("id") UUID id) {
        var page = services.opportunities("/api/opportunities/opportunities/" + id, List.of()).body();
        // a signed-in supplier sees its own response to this notice, if it sent one
        List<?> own = visitor.signedIn().filter(user -> user.account().roles().contains(Roles.BUSINESS))
                .map(user -> services.as(user).get(PortalServices.Service.OPPORTUNITIES,
                        "/api/opportunities/opportunities/" + id + "/responses", List.of()).list())
                .orElse(List.of());
        return notice.data("notice", page).data("ownResponse", own.isEmpty() ? null : own.get(0));
    }

    /** The search API's own refusals (a bad CPV code, say), shown against the filter they concern. */
    @SuppressWarnings("unchecked")
    static List<FormError> apiErrors(Map<String, Object> problem) {
        List<FormError> errors = new ArrayList<>();
        Object list = problem.get("errors");
        if (list instanceof List<?> items) {
            for (Object item : items) {
                Map<String, Object> error = (Map<String, Object>) item;
                String field = String.valueOf(error.get("field"));
                String id = field.startsWith("minValue") ? "minValue" : field.startsWith("maxValue") ? "maxValue"
                        : field.startsWith("cpv") ? "cpv" : field.startsWith("q") ? "q" : field;
                errors.add(new FormError(id, String.valueOf(error.get("message"))));
            }
        }
        if (errors.isEmpty()) {
            errors.add(new FormError("q", String.valueOf(problem.getOrDefault("detail",
                    "The search could not be run"))));
        }
        return errors;
    }
}
