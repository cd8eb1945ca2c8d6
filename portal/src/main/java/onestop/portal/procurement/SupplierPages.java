package onestop.portal.procurement;

import java.util.Arrays;
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
import io.quarkus.qute.TemplateInstance;
import onestop.opportunities.api.OpportunitiesClient;
import onestop.opportunities.api.OwnResponsePage;
import onestop.opportunities.api.SupplierSize;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;
import onestop.portal.Pagination;
import onestop.portal.PortalVisitor;
import onestop.platform.security.Roles;

/** A supplier's own things: its responses across notices, and the supplier profile a response needs. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SupplierPages {

    /** The pages, type-checked against what they are given when the portal is built. */
    @CheckedTemplate(basePath = "portal/procurement", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance responses(OwnResponsePage result, Pagination pages);

        static native TemplateInstance supplierProfile(SupplierForm form, List<String> sizes, String next,
                List<FormError> errors);
    }

    static final List<String> SIZES = Arrays.stream(SupplierSize.values()).map(Enum::name).toList();

    @Inject
    PortalVisitor visitor;

    @Inject
    OpportunitiesClient opportunities;

    @Inject
    ProcurementCalls calls;

    @GET
    @Path("responses")
    public Response responsesPage(@QueryParam("page") Integer page) {
        visitor.requiredRole(Roles.BUSINESS);
        OwnResponsePage result = ApiCalls.read(() -> opportunities.ownResponses(calls.authorization(),
                page == null || page < 0 ? null : page, 20));
        return Pages.show(Templates.responses(result,
                Pagination.of(result.page(), result.size(), result.total(), "/responses", List.of())));
    }

    @GET
    @Path("supplier-profile")
    public Response profilePage(@QueryParam("next") String next) {
        visitor.requiredRole(Roles.BUSINESS);
        SupplierForm form;
        try {
            form = SupplierForm.of(ApiCalls.read(() -> opportunities.supplierProfile(calls.authorization())));
        } catch (NotFoundException noProfileYet) {
            form = new SupplierForm();
        }
        return page(form, returnTo(next), List.of());
    }

    @POST
    @Path("supplier-profile")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveProfile(MultivaluedMap<String, String> posted) {
        visitor.checkForm(posted.getFirst("csrf"));
        visitor.requiredRole(Roles.BUSINESS);
        SupplierForm form = SupplierForm.from(posted);
        String next = returnTo(posted.getFirst("next"));
        try {
            ApiCalls.read(() -> opportunities.saveSupplierProfile(calls.authorization(), form.toProfile()));
            return Pages.seeOther(next == null ? "/responses" : next);
        } catch (ApiCalls.Refused refused) {
            List<FormError> errors = Refusals.of(refused, "name",
                    field -> field.startsWith("cpvInterests") ? "cpvInterests" : field.equals("size") ? "size-MICRO" : field,
                    Map.of("name", "your business name", "size-MICRO", "the size of your business"));
            return page(form, next, errors);
        }
    }

    private Response page(SupplierForm form, String next, List<FormError> errors) {
        return Pages.show(Templates.supplierProfile(form, SIZES, next, errors));
    }

    /** Only a page of this site to go back to, never another site. */
    static String returnTo(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
                && next.chars().noneMatch(c -> c < 0x20) ? next : null;
    }
}
