package onestop.portal.procurement;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import onestop.opportunities.api.OpportunitiesClient;
import onestop.opportunities.api.OwnResponsePage;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;
import onestop.portal.Pagination;
import onestop.portal.PortalServices;
import onestop.portal.PortalVisitor;
import onestop.portal.session.PortalSessions;
import onestop.platform.security.Roles;

/** A supplier's own things: its responses across notices, and the supplier profile a response needs. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SupplierPages {

    /** The pages, type-checked against what they are given when the portal is built. */
    @CheckedTemplate(basePath = "portal/procurement", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance responses(OwnResponsePage result, Pagination pages);
    }

    static final List<String> SIZES = List.of("MICRO", "SMALL", "MEDIUM", "LARGE");
    private static final List<String> FIELDS = List.of("name", "companyNumber", "ppon", "size", "vcse", "postcode",
            "cpvInterests", "description", "charterSignatory");
    private static final String PROFILE = "/api/opportunities/suppliers/me";

    @Inject
    PortalServices services;

    @Inject
    PortalVisitor visitor;

    @Inject
    OpportunitiesClient opportunities;

    @Inject
    PortalSessions sessions;

    @Inject
    @Location("portal/procurement/supplier-profile")
    Template profile;

    @GET
    @Path("responses")
    public Response responsesPage(@QueryParam("page") Integer page) {
        PortalSessions.SignedIn user = visitor.requiredRole(Roles.BUSINESS);
        String authorization = "Bearer " + sessions.accessToken(user);
        OwnResponsePage result = ApiCalls.read(() -> opportunities.ownResponses(authorization,
                page == null || page < 0 ? null : page, 20));
        return Pages.show(Templates.responses(result,
                Pagination.of(result.page(), result.size(), result.total(), "/responses", List.of())));
    }

    @GET
    @Path("supplier-profile")
    public Response profilePage(@QueryParam("next") String next) {
        PortalSessions.SignedIn user = visitor.requiredRole(Roles.BUSINESS);
        Map<String, String> form;
        try {
            form = typed(services.as(user).get(PROFILE, List.of()).body());
        } catch (NotFoundException noProfileYet) {
            form = typed(Map.of());
        }
        return page(form, returnTo(next), List.of());
    }

    @POST
    @Path("supplier-profile")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveProfile(MultivaluedMap<String, String> posted) {
        PortalSessions.SignedIn user = visitor.checkForm(posted.getFirst("csrf"));
        visitor.requiredRole(Roles.BUSINESS);
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : FIELDS) {
            form.put(field, Pages.field(posted, field));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", form.get("name"));
        body.put("companyNumber", Pages.nullIfBlank(form.get("companyNumber").toUpperCase().replace(" ", "")));
        body.put("ppon", Pages.nullIfBlank(form.get("ppon").toUpperCase().replace(" ", "")));
        body.put("size", Pages.nullIfBlank(form.get("size")));
        body.put("vcse", "true".equals(form.get("vcse")));
        body.put("postcode", Pages.nullIfBlank(form.get("postcode")));
        body.put("cpvInterests", Arrays.stream(form.get("cpvInterests").split("[,\\s]+")).filter(c -> !c.isEmpty()).toList());
        body.put("description", Pages.nullIfBlank(form.get("description")));
        body.put("charterSignatory", "true".equals(form.get("charterSignatory")));
        PortalServices.Answer answer = services.as(user).send("PUT", PROFILE, body);
        String next = returnTo(posted.getFirst("next"));
        if (answer.ok()) {
            return Pages.seeOther(next == null ? "/responses" : next);
        }
        List<FormError> errors = Refusals.of(answer, "name",
                field -> field.startsWith("cpvInterests") ? "cpvInterests" : field.equals("size") ? "size-MICRO" : field,
                Map.of("name", "your business name", "size-MICRO", "the size of your business"));
        return page(form, next, errors);
    }

    private Response page(Map<String, String> form, String next, List<FormError> errors) {
        return Pages.show(profile.data("form", form).data("sizes", SIZES).data("next", next).data("errors", errors));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> typed(Map<String, Object> saved) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : FIELDS) {
            Object value = saved.get(field);
            form.put(field, value == null ? "" : value.toString());
        }
        if (saved.get("cpvInterests") instanceof List<?> codes) {
            form.put("cpvInterests", String.join(", ", (List<String>) codes));
        }
        return form;
    }

    /** Only a page of this site to go back to, never another site. */
    static String returnTo(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
                && next.chars().noneMatch(c -> c < 0x20) ? next : null;
    }
}
