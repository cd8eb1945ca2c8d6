package onestop.portal.licensing;

import static onestop.portal.licensing.ApplicationForms.ifMatch;
import static onestop.portal.licensing.ApplicationForms.page;
import static onestop.portal.licensing.ApplicationForms.seeOther;

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
import onestop.licensing.api.ApplicationPage;
import onestop.licensing.api.ApplicationStatus;
import onestop.licensing.api.ApplicationView;
import onestop.licensing.api.HearingView;
import onestop.licensing.api.LicenceTypeView;
import onestop.licensing.api.LicensingClient;
import onestop.licensing.api.RepresentationView;
import onestop.licensing.api.TimelineView;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;
import onestop.portal.Pagination;
import onestop.portal.PortalVisitor;
import onestop.platform.security.Roles;

/**
 * "Your applications": the list; one application (the task list of a draft, otherwise its status and timeline,
 * with the officer's request to answer); withdraw; resubmit; and the confirmation after submitting.
 */
@Path("/applications")
@Produces(MediaType.TEXT_HTML)
public class ApplicationPages {

    /** The pages, type-checked against what they are given when the portal is built. */
    @CheckedTemplate(basePath = "portal/licensing", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance applications(ApplicationPage result, Map<String, String> types,
                Pagination pages);

        static native TemplateInstance taskList(ApplicationView app, LicenceTypeView type, List<Tasks.Task> tasks);

        static native TemplateInstance application(ApplicationView app, LicenceTypeView type,
                List<TimelineView> timeline, String request, HearingView hearing,
                List<RepresentationView> representations, List<FormError> errors);

        static native TemplateInstance withdraw(ApplicationView app, LicenceTypeView type, List<FormError> errors);

        static native TemplateInstance submitted(ApplicationView app, LicenceTypeView type);
    }

    @Inject
    LicensingCalls licensing;

    @Inject
    LicensingClient client;

    @Inject
    PortalVisitor visitor;

    @GET
    public Response applications(@QueryParam("page") Integer page) {
        visitor.requiredRole(Roles.BUSINESS);
        ApplicationPage result = ApiCalls.read(() -> client.applications(licensing.authorization(), null, null,
                null, LicensingCalls.pageNumber(page)));
        return page(Templates.applications(result, licensing.typeNames(),
                Pagination.of(result.page(), result.size(), result.total(), "/applications", List.of())));
    }

    @GET
    @Path("{id}")
    public Response application(@PathParam("id") UUID id) {
        visitor.requiredRole(Roles.BUSINESS);
        return shown(read(id), List.of());
    }

    @POST
    @Path("{id}/resubmit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resubmit(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        visitor.checkForm(form.getFirst("csrf"));
        try {
            ApiCalls.read(() -> client.resubmit(licensing.authorization(), id, ifMatch(form)));
            return seeOther("/applications/" + id);
        } catch (ApiCalls.Refused refused) {
            ApplicationView app = read(id);
            // the form may be gone by now (sent back already): the refusal is shown against the status
            return shown(app, Refusals.of(refused, "status", licensing.labels(app.licenceTypeCode())));
        }
    }

    @GET
    @Path("{id}/withdraw")
    public Response withdrawPage(@PathParam("id") UUID id) {
        visitor.requiredRole(Roles.BUSINESS);
        ApplicationView app = read(id);
        return page(Templates.withdraw(app, licensing.licenceType(app.licenceTypeCode()), List.of()));
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        visitor.checkForm(form.getFirst("csrf"));
        try {
            ApiCalls.read(() -> client.withdraw(licensing.authorization(), id, ifMatch(form)));
            return seeOther("/applications/" + id);
        } catch (ApiCalls.Refused refused) {
            ApplicationView app = read(id);
            return page(Templates.withdraw(app, licensing.licenceType(app.licenceTypeCode()),
                    Refusals.of(refused, "withdraw", f -> f)));
        }
    }

    @GET
    @Path("{id}/submitted")
    public Response submittedPage(@PathParam("id") UUID id) {
        visitor.requiredRole(Roles.BUSINESS);
        ApplicationView app = read(id);
        return page(Templates.submitted(app, licensing.licenceType(app.licenceTypeCode())));
    }

    private ApplicationView read(UUID id) {
        return ApiCalls.read(() -> client.application(licensing.authorization(), id));
    }

    private Response shown(ApplicationView app, List<FormError> errors) {
        LicenceTypeView type = licensing.licenceType(app.licenceTypeCode());
        if (app.status() == ApplicationStatus.DRAFT) {
            return page(Templates.taskList(app, type, Tasks.of(app, type)));
        }
        List<TimelineView> timeline = ApiCalls.read(() -> client.timeline(licensing.authorization(), app.id()));
        // the applicant is told of the hearing and reads the representations it will hear (Hearings Regulations reg 7)
        List<RepresentationView> representations = app.consultationEndsAt() == null ? List.of()
                : ApiCalls.read(() -> client.representations(licensing.authorization(), app.id()));
        return page(Templates.application(app, type, timeline, Timelines.informationRequest(timeline),
                licensing.hearing(app.id()).orElse(null), representations, errors));
    }
}
