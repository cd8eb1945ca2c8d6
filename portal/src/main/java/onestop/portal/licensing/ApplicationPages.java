package onestop.portal.licensing;

import static onestop.portal.licensing.ApplicationForms.page;
import static onestop.portal.licensing.ApplicationForms.seeOther;
import static onestop.portal.licensing.ApplicationForms.text;

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

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import onestop.portal.FormError;
import onestop.portal.Pagination;
import onestop.portal.PortalServices;
import onestop.portal.PortalVisitor;
import onestop.platform.security.Roles;

/**
 * "Your applications": the list; one application (the task list of a draft, otherwise its status and timeline,
 * with the officer's request to answer); withdraw; resubmit; and the confirmation after submitting.
 */
@Path("/applications")
@Produces(MediaType.TEXT_HTML)
public class ApplicationPages {

    @Inject
    LicensingCalls licensing;

    @Inject
    PortalVisitor visitor;

    @Inject
    @Location("portal/licensing/applications")
    Template list;

    @Inject
    @Location("portal/licensing/task-list")
    Template taskList;

    @Inject
    @Location("portal/licensing/application")
    Template application;

    @Inject
    @Location("portal/licensing/withdraw")
    Template withdraw;

    @Inject
    @Location("portal/licensing/submitted")
    Template submitted;

    @GET
    public Response applications(@QueryParam("page") Integer page) {
        visitor.requiredRole(Roles.BUSINESS);
        Map<String, Object> result = licensing.get("/applications", LicensingCalls.page(page)).body();
        return page(list.data("result", result).data("types", licensing.typeNames())
                .data("pages", Pagination.of(result, "/applications", List.of())));
    }

    @GET
    @Path("{id}")
    public Response application(@PathParam("id") UUID id) {
        visitor.requiredRole(Roles.BUSINESS);
        return shown(licensing.application(id), List.of());
    }

    @POST
    @Path("{id}/resubmit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resubmit(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        visitor.checkForm(form.getFirst("csrf"));
        PortalServices.Answer done = licensing.send("POST", "/applications/" + id + "/resubmit", null,
                text(form, "version"));
        if (done.ok()) {
            return seeOther("/applications/" + id);
        }
        PortalServices.Answer answer = licensing.application(id);
        // the form may be gone by now (sent back already): the refusal is shown against the status
        return shown(answer, Refusals.of(done, "status", licensing.labels(answer.body())));
    }

    @GET
    @Path("{id}/withdraw")
    public Response withdrawPage(@PathParam("id") UUID id) {
        visitor.requiredRole(Roles.BUSINESS);
        PortalServices.Answer answer = licensing.application(id);
        return page(withdraw.data("app", answer.body()).data("version", answer.etag()).data("errors", List.of())
                .data("type", licensing.type(answer.body().get("licenceTypeCode"))));
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        visitor.checkForm(form.getFirst("csrf"));
        PortalServices.Answer done = licensing.send("POST", "/applications/" + id + "/withdraw", null,
                text(form, "version"));
        if (done.ok()) {
            return seeOther("/applications/" + id);
        }
        PortalServices.Answer answer = licensing.application(id);
        return ApplicationForms.refused(withdraw.data("app", answer.body()).data("version", answer.etag())
                .data("type", licensing.type(answer.body().get("licenceTypeCode"))),
                Refusals.of(done, "withdraw", f -> f));
    }

    @GET
    @Path("{id}/submitted")
    public Response submittedPage(@PathParam("id") UUID id) {
        visitor.requiredRole(Roles.BUSINESS);
        Map<String, Object> app = licensing.application(id).body();
        return page(submitted.data("app", app).data("type", licensing.type(app.get("licenceTypeCode"))));
    }

    private Response shown(PortalServices.Answer answer, List<FormError> errors) {
        Map<String, Object> app = answer.body();
        Map<String, Object> type = licensing.type(app.get("licenceTypeCode"));
        if ("DRAFT".equals(app.get("status"))) {
            return page(taskList.data("app", app).data("type", type).data("tasks", Tasks.of(app)));
        }
        List<?> timeline = licensing.get("/applications/" + app.get("id") + "/timeline").list();
        return page(application.data("app", app).data("type", type).data("version", answer.etag())
                .data("timeline", timeline).data("request", Timelines.informationRequest(timeline))
                .data("errors", errors));
    }
}
