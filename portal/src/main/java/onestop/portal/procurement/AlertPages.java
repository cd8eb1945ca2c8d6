package onestop.portal.procurement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import onestop.opportunities.api.SearchParams;
import onestop.portal.FormError;
import onestop.portal.OpportunitySearchForm;
import onestop.portal.PortalServices;
import onestop.portal.PortalVisitor;
import onestop.portal.session.PortalSessions;
import onestop.platform.security.Roles;

/** "Save this search" from the search page, and "Your alerts": the saved searches and the notices they found. */
@Path("/alerts")
@Produces(MediaType.TEXT_HTML)
public class AlertPages {

    private static final String API = "/api/opportunities";


    @Inject
    PortalServices services;

    @Inject
    PortalVisitor visitor;

    @Inject
    @Location("portal/procurement/alerts")
    Template alerts;

    @Inject
    @Location("portal/procurement/save-search")
    Template saveSearch;

    @GET
    public Response alertsPage() {
        PortalSessions.SignedIn user = visitor.requiredRole(Roles.BUSINESS);
        var business = services.as(user);
        List<Map.Entry<String, String>> firstPage = List.of(Map.entry("size", "100"));
        List<Map<String, Object>> saved = new ArrayList<>();
        for (Object item : business.get(API + "/saved-searches", firstPage).body()
                .getOrDefault("items", List.of()) instanceof List<?> items ? items : List.of()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> search = new LinkedHashMap<>((Map<String, Object>) item);
            search.put("filters", describe(search.get("search")));
            saved.add(search);
        }
        Map<String, Object> raised = business.get(API + "/alerts", firstPage).body();
        return Pages.show(alerts.data("saved", saved).data("alerts", raised.getOrDefault("items", List.of())));
    }

    /** The "Save this search" page, for a visitor who was sent to sign in first or forgot the name. */
    @GET
    @Path("new")
    public Response savePage(@BeanParam OpportunitySearchForm search) {
        visitor.requiredRole(Roles.BUSINESS);
        return Pages.show(saveSearch.data("search", search).data("query", search.asPageQuery()).data("name", "")
                .data("errors", List.of()));
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> form) {
        PortalSessions.SignedIn user = visitor.checkForm(form.getFirst("csrf"));
        visitor.requiredRole(Roles.BUSINESS);
        OpportunitySearchForm search = searchForm(form);
        String name = Pages.field(form, "name");
        SearchParams params = search.toFilters();
        List<FormError> errors = new ArrayList<>(search.errors());
        if (errors.isEmpty()) {
            PortalServices.Answer answer = services.as(user).send("POST", API + "/saved-searches",
                    Map.of("name", name, "search", params));
            if (answer.ok()) {
                return Pages.seeOther("/alerts");
            }
            errors.addAll(Refusals.of(answer, "name", field -> field.startsWith("search") ? "name" : field,
                    Map.of("name", "a name for this search")));
        }
        return Pages.show(saveSearch.data("search", search).data("query", search.asPageQuery()).data("name", name)
                .data("errors", errors));
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        PortalSessions.SignedIn user = visitor.checkForm(form.getFirst("csrf"));
        visitor.requiredRole(Roles.BUSINESS);
        services.as(user).send("DELETE", API + "/saved-searches/" + id, null);
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
    @SuppressWarnings("unchecked")
    static String describe(Object search) {
        if (!(search instanceof Map<?, ?> map)) {
            return "All opportunities";
        }
        Map<String, Object> params = (Map<String, Object>) map;
        List<String> parts = new ArrayList<>();
        add(parts, "Keywords", params.get("q"));
        add(parts, "CPV", params.get("cpv"));
        add(parts, "Type", params.get("type"));
        if (params.get("minValuePence") != null) {
            parts.add("From " + Pounds.shown(params.get("minValuePence")));
        }
        if (params.get("maxValuePence") != null) {
            parts.add("Up to " + Pounds.shown(params.get("maxValuePence")));
        }
        if ("true".equals(String.valueOf(params.get("smeSuitable")))) {
            parts.add("Suitable for small and medium-sized businesses");
        }
        if ("true".equals(String.valueOf(params.get("vcseSuitable")))) {
            parts.add("Suitable for VCSEs");
        }
        add(parts, "Location", params.get("location"));
        return parts.isEmpty() ? "All opportunities" : String.join("; ", parts);
    }

    private static void add(List<String> parts, String label, Object value) {
        if (value instanceof List<?> list && !list.isEmpty()) {
            parts.add(label + ": " + String.join(", ", list.stream().map(String::valueOf).toList()));
        } else if (value != null && !(value instanceof List<?>) && !value.toString().isBlank()) {
            parts.add(label + ": " + value);
        }
    }
}
