package onestop.portal.procurement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import onestop.opportunities.api.AlertView;
import onestop.opportunities.api.OpportunitiesClient;
import onestop.opportunities.api.SavedSearchRequest;
import onestop.opportunities.api.SearchParams;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;
import onestop.portal.OpportunitySearchForm;
import onestop.portal.PortalVisitor;
import onestop.platform.security.Roles;

/** "Save this search" from the search page, and "Your alerts": the saved searches and the notices they found. */
@Path("/alerts")
@Produces(MediaType.TEXT_HTML)
public class AlertPages {

    /** The pages, type-checked against what they are given when the portal is built. */
    @CheckedTemplate(basePath = "portal/procurement", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance alerts(List<SavedSearch> saved, List<AlertView> alerts);

        static native TemplateInstance saveSearch(OpportunitySearchForm search, List<Map.Entry<String, String>> query,
                String name, List<FormError> errors);
    }

    /** A saved search as the alerts page lists it, its filters in words. */
    public record SavedSearch(UUID id, String name, String filters) {
    }

    private static final int FIRST_PAGE = 100;

    @Inject
    OpportunitiesClient opportunities;

    @Inject
    ProcurementCalls calls;

    @Inject
    PortalVisitor visitor;

    @GET
    public Response alertsPage() {
        visitor.requiredRole(Roles.BUSINESS);
        String authorization = calls.authorization();
        List<SavedSearch> saved = ApiCalls.read(() -> opportunities.savedSearches(authorization, null, FIRST_PAGE))
                .items().stream().map(s -> new SavedSearch(s.id(), s.name(), describe(s.search()))).toList();
        List<AlertView> raised = ApiCalls.read(() -> opportunities.alerts(authorization, null, FIRST_PAGE)).items();
        return Pages.show(Templates.alerts(saved, raised));
    }

    /** The "Save this search" page, for a visitor who was sent to sign in first or forgot the name. */
    @GET
    @Path("new")
    public Response savePage(@BeanParam OpportunitySearchForm search) {
        visitor.requiredRole(Roles.BUSINESS);
        return Pages.show(Templates.saveSearch(search, search.asPageQuery(), "", List.of()));
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> form) {
        visitor.checkForm(form.getFirst("csrf"));
        visitor.requiredRole(Roles.BUSINESS);
        OpportunitySearchForm search = searchForm(form);
        String name = Pages.field(form, "name");
        SearchParams params = search.toFilters();
        List<FormError> errors = new ArrayList<>(search.errors());
        if (errors.isEmpty()) {
            try {
                ApiCalls.read(() -> opportunities.saveSearch(calls.authorization(), new SavedSearchRequest(name, params)));
                return Pages.seeOther("/alerts");
            } catch (ApiCalls.Refused refused) {
                errors.addAll(Refusals.of(refused, "name", field -> field.startsWith("search") ? "name" : field,
                        Map.of("name", "a name for this search")));
            }
        }
        return Pages.show(Templates.saveSearch(search, search.asPageQuery(), name, errors));
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        visitor.checkForm(form.getFirst("csrf"));
        visitor.requiredRole(Roles.BUSINESS);
        try {
            ApiCalls.read(() -> {
                opportunities.deleteSavedSearch(calls.authorization(), id);
                return id;
            });
        } catch (ApiCalls.Refused alreadyGone) {
            // deleted in another tab: the list shows what is left
        }
        return Pages.seeOther("/alerts");
    }

    private static OpportunitySearchForm searchForm(MultivaluedMap<String, String> form) {
        OpportunitySearchForm search = new OpportunitySearchForm();
        search.q = form.getFirst("q");
        search.type = form.get("type");
        search.cpv = form.getFirst("cpv");
        search.minValue = form.getFirst("minValue");
        search.maxValue = form.getFirst("maxValue");
        search.smeSuitable = form.getFirst("smeSuitable");
        search.vcseSuitable = form.getFirst("vcseSuitable");
        search.location = form.getFirst("location");
        return search;
    }

    /** A saved search's filters in words: "Keywords: cleaning; CPV: 90910000". */
    static String describe(SearchParams params) {
        if (params == null) {
            return "All opportunities";
        }
        List<String> parts = new ArrayList<>();
        add(parts, "Keywords", params.q);
        add(parts, "CPV", params.cpv);
        add(parts, "Type", params.type);
        if (params.minValuePence != null) {
            parts.add("From " + Pounds.shown(params.minValuePence));
        }
        if (params.maxValuePence != null) {
            parts.add("Up to " + Pounds.shown(params.maxValuePence));
        }
        if ("true".equals(params.smeSuitable)) {
            parts.add("Suitable for small and medium-sized businesses");
        }
        if ("true".equals(params.vcseSuitable)) {
            parts.add("Suitable for VCSEs");
        }
        add(parts, "Location", params.location);
        return parts.isEmpty() ? "All opportunities" : String.join("; ", parts);
    }

    private static void add(List<String> parts, String label, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(label + ": " + value);
        }
    }

    private static void add(List<String> parts, String label, List<String> values) {
        if (values != null && !values.isEmpty()) {
            parts.add(label + ": " + String.join(", ", values));
        }
    }
}
