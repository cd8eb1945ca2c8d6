package onestop.portal.licensing;

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
import onestop.licensing.api.ApplicationKind;
import onestop.licensing.api.ApplicationView;
import onestop.licensing.api.ConsentAnswer;
import onestop.licensing.api.HolderConsent;
import onestop.licensing.api.LicensingClient;
import onestop.licensing.api.NewApplication;
import onestop.licensing.api.RegisterEntry;
import onestop.licensing.api.TransferRequestView;
import onestop.platform.security.Roles;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;
import onestop.portal.PortalVisitor;
import onestop.portal.api.AccountApi;
import onestop.portal.session.PortalSessions;

/**
 * Transfers of a premises licence (Licensing Act 2003 s.42-44): a business applies to take over a licence it
 * found on the register, and the current holder gives or refuses its consent here.
 */
@Path("/licences/transfers")
@Produces(MediaType.TEXT_HTML)
public class TransferPages {

    /** The pages, type-checked against what they are given when the portal is built. */
    @CheckedTemplate(basePath = "portal/licensing", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance transfers(List<TransferRequestView> requests, List<FormError> errors);

        static native TemplateInstance takeOver(RegisterEntry licence, List<FormError> errors);
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

    /** The holder's side: who has applied to take over its licences, and its answer to each. */
    @GET
    public Response requests() {
        visitor.requiredRole(Roles.BUSINESS);
        return page(Templates.transfers(read(), List.of()));
    }

    @POST
    @Path("{applicationId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("applicationId") UUID applicationId, MultivaluedMap<String, String> form) {
        visitor.checkForm(form.getFirst("csrf"));
        visitor.requiredRole(Roles.BUSINESS);
        HolderConsent consent = "GIVEN".equals(text(form, "consent")) ? HolderConsent.GIVEN
                : "REFUSED".equals(text(form, "consent")) ? HolderConsent.REFUSED : null;
        try {
            ApiCalls.read(() -> client.answerTransfer(licensing.authorization(), applicationId,
                    new ConsentAnswer(consent)));
        } catch (ApiCalls.Refused refused) {
            return page(Templates.transfers(read(), Refusals.of(refused, "consent", f -> f)));
        }
        return seeOther("/licences/transfers");
    }

    /** The applicant's side: what taking over a licence found on the register means, and the start. */
    @GET
    @Path("take-over/{licenceId}")
    public Response takeOverPage(@PathParam("licenceId") UUID licenceId) {
        visitor.requiredRole(Roles.BUSINESS);
        return page(Templates.takeOver(ApiCalls.read(() -> client.registerEntry(licenceId)), List.of()));
    }

    /** Makes the transfer application, in the business's registered name; its task list follows. */
    @POST
    @Path("take-over/{licenceId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response takeOver(@PathParam("licenceId") UUID licenceId, MultivaluedMap<String, String> form) {
        visitor.checkForm(form.getFirst("csrf"));
        RegisterEntry licence = ApiCalls.read(() -> client.registerEntry(licenceId));
        PortalSessions.SignedIn user = visitor.required();
        String holderName = accounts.businessName(sessions.accessToken(user)).orElse(null);
        ApplicationView made;
        try {
            made = ApiCalls.read(() -> client.create(licensing.authorization(), new NewApplication(
                    licence.licenceTypeCode(), ApplicationKind.TRANSFER, licenceId, null, null, holderName)));
        } catch (ApiCalls.Refused refused) {
            return page(Templates.takeOver(licence, Refusals.of(refused, "licenceId", f -> f).stream()
                    .map(e -> new FormError("licenceId", e.message())).toList()));
        }
        return seeOther("/applications/" + made.id());
    }

    private List<TransferRequestView> read() {
        return ApiCalls.read(() -> client.transferRequests(licensing.authorization()));
    }
}
