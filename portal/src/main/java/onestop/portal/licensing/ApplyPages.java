package onestop.portal.licensing;

import static onestop.portal.licensing.ApplicationForms.page;
import static onestop.portal.licensing.ApplicationForms.seeOther;
import static onestop.portal.licensing.ApplicationForms.text;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import onestop.licensing.api.ApplicationKind;
import onestop.licensing.api.ApplicationView;
import onestop.licensing.api.LicenceTypeView;
import onestop.licensing.api.LicensingClient;
import onestop.licensing.api.NewApplication;
import onestop.licensing.api.Premises;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;
import onestop.portal.api.AccountApi;
import onestop.portal.PortalVisitor;
import onestop.portal.session.PortalSessions;
import onestop.platform.security.Roles;

/** "Apply for a licence": choose the type, give the premises, and the draft is made with its task list. */
@Path("/licences/apply")
@Produces(MediaType.TEXT_HTML)
public class ApplyPages {

    /** The choice of licence type, type-checked against what it is given when the portal is built. */
    @CheckedTemplate(basePath = "portal/licensing", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance chooseType(List<LicenceTypeView> types, String chosen, List<FormError> errors);
    }

    @Inject
    LicensingCalls licensing;

    @Inject
    LicensingClient client;

    @Inject
    PortalVisitor visitor;

    @Inject
    AddressFinder addresses;

    @Inject
    AccountApi accounts;

    @Inject
    PortalSessions sessions;

    @GET
    public Response chooseTypePage() {
        visitor.requiredRole(Roles.BUSINESS);
        return page(Templates.chooseType(ApiCalls.read(client::licenceTypes), "", List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response chooseType(MultivaluedMap<String, String> form) {
        visitor.checkForm(form.getFirst("csrf"));
        String code = text(form, "licenceTypeCode");
        List<LicenceTypeView> types = ApiCalls.read(client::licenceTypes);
        if (types.stream().noneMatch(t -> code.equals(t.code()))) {
            return page(Templates.chooseType(types, "",
                    List.of(new FormError("licenceTypeCode", "Select the type of licence you want to apply for"))));
        }
        return seeOther("/licences/apply/" + URLEncoder.encode(code, StandardCharsets.UTF_8));
    }

    @GET
    @Path("{type}")
    public Response premisesPage(@PathParam("type") String code, @QueryParam("lookup") String lookup) {
        visitor.requiredRole(Roles.BUSINESS);
        LicenceTypeView type = licensing.licenceType(code);
        if (!type.premisesRequired()) {
            // a licence of an individual: their name, never an address
            return page(HolderPages.Templates.holder(null, type, action(type), "", "", List.of()));
        }
        AddressFinder.Found found = addresses.find(lookup);
        return page(SectionPages.Templates.premises(null, type, action(type),
                ApplicationForms.premises(new MultivaluedHashMap<>()), "", AddressFinder.errors(found, List.of()),
                found));
    }

    /** Makes the draft with the premises given; what is still missing is shown on its task list. */
    @POST
    @Path("{type}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("type") String code, MultivaluedMap<String, String> form) {
        visitor.checkForm(form.getFirst("csrf"));
        LicenceTypeView type = licensing.licenceType(code);
        if (!type.premisesRequired()) {
            return startPersonal(type, text(form, "holderName"));
        }
        Premises typed = addresses.chosen(form, ApplicationForms.premises(form));
        // the licence is the business's: its name as registered, not the premises' name, is the holder's
        PortalSessions.SignedIn user = visitor.required();
        String holderName = user.account().businessId() == null ? null
                : accounts.businessName(sessions.accessToken(user)).orElse(null);
        ApplicationView made;
        try {
            made = ApiCalls.read(() -> client.create(licensing.authorization(),
                    new NewApplication(type.code(), ApplicationKind.NEW, null, typed, null, holderName)));
        } catch (ApiCalls.Refused refused) {
            return page(SectionPages.Templates.premises(null, type, action(type), typed, "",
                    Refusals.of(refused, "name", Refusals::premisesLabel), null));
        }
        boolean lacking = !Refusals.missing(licensing.application(made.id()), "premises.", f -> f).isEmpty();
        return seeOther("/applications/" + made.id() + (lacking ? "/premises?check=true" : ""));
    }

    /** A licence of an individual: the draft in the applicant's own name, with no premises. */
    private Response startPersonal(LicenceTypeView type, String holderName) {
        if (holderName.isEmpty()) {
            return page(HolderPages.Templates.holder(null, type, action(type), "", "",
                    List.of(new FormError("holderName", "Enter your full name", "required"))));
        }
        ApplicationView made;
        try {
            made = ApiCalls.read(() -> client.create(licensing.authorization(),
                    new NewApplication(type.code(), ApplicationKind.NEW, null, null, null, holderName)));
        } catch (ApiCalls.Refused refused) {
            return page(HolderPages.Templates.holder(null, type, action(type), holderName, "",
                    Refusals.of(refused, "holderName", f -> f)));
        }
        return seeOther("/applications/" + made.id());
    }

    private static String action(LicenceTypeView type) {
        return "/licences/apply/" + URLEncoder.encode(type.code(), StandardCharsets.UTF_8);
    }
}
