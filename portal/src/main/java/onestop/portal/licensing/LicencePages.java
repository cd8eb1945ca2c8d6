package onestop.portal.licensing;

import static onestop.portal.licensing.ApplicationForms.ifMatch;
import static onestop.portal.licensing.ApplicationForms.page;
import static onestop.portal.licensing.ApplicationForms.seeOther;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import onestop.licensing.api.ApplicationKind;
import onestop.licensing.api.ApplicationView;
import onestop.licensing.api.LicenceTypeView;
import onestop.licensing.api.LicenceView;
import onestop.licensing.api.LicencePage;
import onestop.licensing.api.LicensingClient;
import onestop.licensing.api.NewApplication;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;
import onestop.portal.Pagination;
import onestop.portal.PortalVisitor;
import onestop.platform.security.Roles;

/** "Your licences": the holder's licences, one licence with its conditions, surrender, and renew. */
@Path("/licences")
@Produces(MediaType.TEXT_HTML)
public class LicencePages {

    /** The pages, type-checked against what they are given when the portal is built. */
    @CheckedTemplate(basePath = "portal/licensing", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance licences(LicencePage result, Map<String, String> types, Pagination pages);

        static native TemplateInstance licence(LicenceView licence, LicenceTypeView type, List<FormError> errors);

        static native TemplateInstance surrender(LicenceView licence, LicenceTypeView type, boolean withdrawable,
                List<FormError> errors);
    }

    @Inject
    LicensingCalls licensing;

    @Inject
    LicensingClient client;

    @Inject
    PortalVisitor visitor;

    @Inject
    Clock clock;

    @GET
    public Response licences(@QueryParam("page") Integer page) {
        visitor.requiredRole(Roles.BUSINESS);
        LicencePage result = ApiCalls.read(() -> client.licences(licensing.authorization(),
                LicensingCalls.pageNumber(page)));
        return page(Templates.licences(result, licensing.typeNames(),
                Pagination.of(result.page(), result.size(), result.total(), "/licences", List.of())));
    }

    @GET
    @Path("{id}")
    public Response licence(@PathParam("id") UUID id) {
        visitor.requiredRole(Roles.BUSINESS);
        LicenceView licence = read(id);
        return page(Templates.licence(licence, licensing.licenceType(licence.licenceTypeCode()), List.of()));
    }

    @GET
    @Path("{id}/surrender")
    public Response surrenderPage(@PathParam("id") UUID id) {
        visitor.requiredRole(Roles.BUSINESS);
        return surrenderPage(read(id), List.of());
    }

    @POST
    @Path("{id}/surrender")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response surrender(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        visitor.checkForm(form.getFirst("csrf"));
        try {
            ApiCalls.read(() -> client.surrender(licensing.authorization(), id, ifMatch(form)));
            return seeOther("/licences/" + id);
        } catch (ApiCalls.Refused refused) {
            return surrenderPage(read(id), Refusals.of(refused, "surrender", f -> f));
        }
    }

    /**
     * Surrendering a licence; for a temporary event notice, withdrawing it, which frees its place in the annual
     * limits only while its event is at least 24 hours away (Licensing Act 2003 s.103).
     */
    private Response surrenderPage(LicenceView licence, List<FormError> errors) {
        boolean withdrawable = licence.validFrom() != null
                && Instant.now(clock).isBefore(licence.validFrom().minus(Duration.ofHours(24)));
        return page(Templates.surrender(licence, licensing.licenceType(licence.licenceTypeCode()), withdrawable,
                errors));
    }

    /** Starts a renewal: a draft the service pre-fills from the licence, then the same task list. */
    @POST
    @Path("{id}/renew")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response renew(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        return start(id, ApplicationKind.RENEWAL, form);
    }

    /** Starts a variation: a draft pre-filled from the licence, whose answers the holder changes. */
    @POST
    @Path("{id}/vary")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response vary(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        return start(id, ApplicationKind.VARIATION, form);
    }

    private Response start(UUID id, ApplicationKind kind, MultivaluedMap<String, String> form) {
        visitor.checkForm(form.getFirst("csrf"));
        LicenceView held = read(id);
        ApplicationView made;
        try {
            made = ApiCalls.read(() -> client.create(licensing.authorization(),
                    new NewApplication(held.licenceTypeCode(), kind, id, null, null, null)));
        } catch (ApiCalls.Refused refused) {
            // against the licence's status: the form has no field, and its button is there only while it is active
            return page(Templates.licence(held, licensing.licenceType(held.licenceTypeCode()),
                    Refusals.of(refused, "status", f -> f).stream()
                            .map(e -> new FormError("status", e.message())).toList()));
        }
        return seeOther("/applications/" + made.id());
    }

    private LicenceView read(UUID id) {
        return ApiCalls.read(() -> client.licence(licensing.authorization(), id));
    }
}
