package onestop.portal.licensing;

import static onestop.portal.licensing.ApplicationForms.ifMatch;
import static onestop.portal.licensing.ApplicationForms.page;
import static onestop.portal.licensing.ApplicationForms.seeOther;
import static onestop.portal.licensing.ApplicationForms.text;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
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
import onestop.licensing.api.ApplicationChanges;
import onestop.licensing.api.ApplicationView;
import onestop.licensing.api.LicenceTypeView;
import onestop.licensing.api.LicensingClient;
import onestop.platform.security.Roles;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;
import onestop.portal.PortalVisitor;

/**
 * The name of the holder of a licence of an individual (a driver's, a collector's), asked instead of premises:
 * the licence type's {@code premisesRequired} says which types have none.
 */
@Path("/applications/{id}/holder")
@Produces(MediaType.TEXT_HTML)
public class HolderPages {

    /** The page, type-checked against what it is given when the portal is built. */
    @CheckedTemplate(basePath = "portal/licensing", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance holder(ApplicationView app, LicenceTypeView type, String action,
                String holderName, String version, List<FormError> errors);
    }

    @Inject
    LicensingCalls licensing;

    @Inject
    LicensingClient client;

    @Inject
    PortalVisitor visitor;

    @GET
    public Response holderPage(@PathParam("id") UUID id) {
        visitor.requiredRole(Roles.BUSINESS);
        ApplicationView app = licensing.application(id);
        return page(Templates.holder(app, licensing.licenceType(app.licenceTypeCode()), action(id), app.holderName(),
                String.valueOf(app.version()), List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        visitor.checkForm(form.getFirst("csrf"));
        String name = text(form, "holderName");
        if (name.isEmpty()) {
            return refused(id, form, List.of(new FormError("holderName", "Enter your full name", "required")));
        }
        try {
            ApiCalls.read(() -> client.edit(licensing.authorization(), id, ifMatch(form),
                    new ApplicationChanges(null, null, name)));
        } catch (ApiCalls.Refused refused) {
            return refused(id, form, Refusals.of(refused, "holderName", f -> f));
        }
        return seeOther("/applications/" + id);
    }

    private Response refused(UUID id, MultivaluedMap<String, String> form, List<FormError> errors) {
        ApplicationView app = licensing.application(id);
        return page(Templates.holder(app, licensing.licenceType(app.licenceTypeCode()), action(id),
                text(form, "holderName"), text(form, "version"), errors));
    }

    static String action(UUID id) {
        return "/applications/" + id + "/holder";
    }
}
