package onestop.portal.licensing;

import static onestop.portal.licensing.ApplicationForms.page;
import static onestop.portal.licensing.ApplicationForms.refused;
import static onestop.portal.licensing.ApplicationForms.seeOther;
import static onestop.portal.licensing.ApplicationForms.text;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import onestop.licensing.api.LicenceTypeView;
import onestop.licensing.api.LicensingClient;
import onestop.portal.ApiCalls;
import onestop.portal.api.AccountApi;
import onestop.portal.FormError;
import onestop.portal.PortalServices;
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
    AccountApi accounts;

    @Inject
    PortalSessions sessions;

    @Inject
    @Location("portal/licensing/premises")
    Template premises;

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
    public Response premisesPage(@PathParam("type") String code) {
        visitor.requiredRole(Roles.BUSINESS);
        return page(premises.data("app", null).data("type", licensing.type(code)).data("action", "/licences/apply/" + code)
                .data("premises", ApplicationForms.premises(new MultivaluedHashMap<>())).data("version", "").data("errors", List.of()));
    }

    /** Makes the draft with the premises given; what is still missing is shown on its task list. */
    @POST
    @Path("{type}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("type") String code, MultivaluedMap<String, String> form) {
        visitor.checkForm(form.getFirst("csrf"));
        Map<String, Object> type = licensing.type(code);
        Map<String, Object> typed = ApplicationForms.premises(form);
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("licenceTypeCode", type.get("code"));
        draft.put("kind", "NEW");
        draft.put("premises", typed);
        // the licence is the business's: its name as registered, not the premises' name, is the holder's
        PortalSessions.SignedIn user = visitor.required();
        if (user.account().businessId() != null) {
            accounts.businessName(sessions.accessToken(user)).ifPresent(name -> draft.put("holderName", name));
        }
        PortalServices.Answer made = licensing.send("POST", "/applications", draft, null);
        if (!made.ok()) {
            return refused(premises.data("app", null).data("type", type).data("action", "/licences/apply/" + code)
                    .data("premises", typed).data("version", ""), Refusals.of(made, "name", Refusals::premisesLabel));
        }
        Map<String, Object> app = made.body();
        boolean lacking = !Refusals.missing(licensing.application(UUID.fromString(
                String.valueOf(app.get("id")))).body(), "premises.", f -> f).isEmpty();
        return seeOther("/applications/" + app.get("id") + (lacking ? "/premises?check=true" : ""));
    }
}
