package onestop.portal.procurement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import onestop.opportunities.api.AssessmentSummary;
import onestop.opportunities.api.CascadeClient;
import onestop.opportunities.api.CharterMeasure;
import onestop.opportunities.api.CharterTheme;
import onestop.opportunities.api.NoticeView;
import onestop.opportunities.api.OpportunitiesClient;
import onestop.opportunities.api.ResponseFields;
import onestop.opportunities.api.ResponseView;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;
import onestop.portal.PortalVisitor;
import onestop.platform.security.Roles;

/** A supplier responds to a notice, amends the response until the deadline, and sees its receipt. */
@Path("/opportunities")
@Produces(MediaType.TEXT_HTML)
public class ResponsePages {

    /** The pages, type-checked against what they are given when the portal is built. */
    @CheckedTemplate(basePath = "portal/procurement", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        /** @param measures the Charter's catalogue of measures, by principle */
        static native TemplateInstance respond(NoticeView notice, ResponseForm form, List<String> themes,
                Map<CharterTheme, List<CharterMeasure>> measures, List<FormError> errors);

        static native TemplateInstance response(NoticeView notice, ResponseView response, String sent);

        static native TemplateInstance assessmentSummary(AssessmentSummary summary);
    }

    @Inject
    OpportunitiesClient opportunities;

    @Inject
    CascadeClient cascade;

    @Inject
    ProcurementCalls calls;

    @Inject
    PortalVisitor visitor;

    @GET
    @Path("{id}/respond")
    public Response respondPage(@PathParam("id") UUID id) {
        visitor.requiredRole(Roles.BUSINESS);
        String authorization = calls.authorization();
        try {
            ApiCalls.read(() -> opportunities.supplierProfile(authorization));
        } catch (NotFoundException noProfileYet) {
            return Pages.seeOther("/supplier-profile?next=/opportunities/" + id + "/respond");
        }
        List<ResponseView> own = ApiCalls.read(() -> opportunities.responses(authorization, id));
        ResponseForm form = own.isEmpty() ? ResponseForm.empty() : ResponseForm.of(own.get(0));
        return page(id, form, List.of());
    }

    @POST
    @Path("{id}/respond")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response respond(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        visitor.checkForm(form.getFirst("csrf"));
        visitor.requiredRole(Roles.BUSINESS);
        ResponseForm typed = ResponseForm.from(form);
        List<FormError> errors = new ArrayList<>();
        ResponseFields fields = typed.toFields(catalogue(), errors);
        if (!errors.isEmpty()) {
            return page(id, typed, errors);
        }
        String authorization = calls.authorization();
        try {
            ResponseView sent = ApiCalls.read(() -> typed.amending()
                    ? opportunities.amendResponse(authorization, id, Pages.id(typed.responseId), fields)
                    : opportunities.respond(authorization, id, fields));
            return Pages.seeOther("/opportunities/" + id + "/responses/" + sent.id()
                    + (typed.amending() ? "?sent=amended" : "?sent=new"));
        } catch (ApiCalls.Refused refused) {
            return page(id, typed, Refusals.of(refused, "summary", typed::fieldId, typed.whatToEnter()));
        }
    }

    @GET
    @Path("{id}/responses/{responseId}")
    public Response receiptPage(@PathParam("id") UUID id, @PathParam("responseId") UUID responseId,
            @QueryParam("sent") String sent) {
        visitor.requiredRole(Roles.BUSINESS);
        ResponseView response = ApiCalls.read(() -> opportunities.response(calls.authorization(), id, responseId));
        return Pages.show(Templates.response(notice(id), response,
                "new".equals(sent) || "amended".equals(sent) || "confirmed".equals(sent) ? sent : null));
    }

    /** The supplier keeps its response as it is after the buyer changed the notice. */
    @POST
    @Path("{id}/responses/{responseId}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@PathParam("id") UUID id, @PathParam("responseId") UUID responseId,
            MultivaluedMap<String, String> form) {
        visitor.checkForm(form.getFirst("csrf"));
        visitor.requiredRole(Roles.BUSINESS);
        ApiCalls.read(() -> opportunities.confirmResponse(calls.authorization(), id, responseId));
        return Pages.seeOther("/opportunities/" + id + "/responses/" + responseId + "?sent=confirmed");
    }

    /** What the buyer sent the supplier with the award: its scores and the winner's, with the reasons. */
    @GET
    @Path("{id}/responses/{responseId}/assessment-summary")
    public Response assessmentSummaryPage(@PathParam("id") UUID id, @PathParam("responseId") UUID responseId) {
        visitor.requiredRole(Roles.BUSINESS);
        return Pages.show(Templates.assessmentSummary(
                ApiCalls.read(() -> opportunities.assessmentSummary(calls.authorization(), id, responseId))));
    }

    private Response page(UUID id, ResponseForm form, List<FormError> errors) {
        return Pages.show(Templates.respond(notice(id), form, ResponseForm.THEMES,
                SocialValuePages.byTheme(catalogue()), errors));
    }

    private List<CharterMeasure> catalogue() {
        return ApiCalls.read(() -> cascade.socialValueMeasures());
    }

    private NoticeView notice(UUID id) {
        return ApiCalls.read(() -> opportunities.notice(null, id));
    }
}
