package onestop.portal.procurement;

import java.util.ArrayList;
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
import onestop.portal.session.PortalSessions;
import onestop.platform.security.Roles;

/** A buyer's notices: the list (drafts included), a new notice, editing a draft, cancelling with a reason. */
@Path("/buyer/notices")
@Produces(MediaType.TEXT_HTML)
public class BuyerNoticePages {

    @Inject
    PortalServices services;

    @Inject
    PortalVisitor visitor;

    @Inject
    @Location("portal/procurement/notices")
    Template notices;

    @Inject
    @Location("portal/procurement/notice-form")
    Template noticeForm;

    @Inject
    @Location("portal/procurement/cancel-notice")
    Template cancel;

    @GET
    public Response list(@QueryParam("page") Integer page) {
        PortalSessions.SignedIn user = visitor.requiredRole(Roles.BUYER);
        int current = page == null || page < 0 ? 0 : page;
        Map<String, Object> mine = services.as(user).get(Pages.NOTICES + "mine",
                List.of(Map.entry("page", String.valueOf(current)), Map.entry("size", "20"))).body();
        return Pages.show(notices.data("result", mine).data("pages", Pagination.of(mine, "/buyer/notices", List.of())));
    }

    @GET
    @Path("new")
    public Response newPage() {
        visitor.requiredRole(Roles.BUYER);
        return form(null, new NoticeForm(), List.of());
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> posted) {
        return save(null, posted);
    }

    @GET
    @Path("{id}/edit")
    public Response editPage(@PathParam("id") UUID id) {
        PortalSessions.SignedIn user = visitor.requiredRole(Roles.BUYER);
        PortalServices.Answer notice = services.as(user).get(Pages.NOTICES + id, List.of());
        return form(id, NoticeForm.of(notice.body(), notice.etag()), List.of());
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        return save(id, posted);
    }

    /** A new draft ({@code id} null) or a change to one; the draft's page when it worked, else the form again. */
    private Response save(UUID id, MultivaluedMap<String, String> posted) {
        PortalSessions.SignedIn user = visitor.checkForm(posted.getFirst("csrf"));
        visitor.requiredRole(Roles.BUYER);
        NoticeForm typed = NoticeForm.from(posted);
        List<FormError> errors = new ArrayList<>();
        Map<String, Object> body = typed.toBody(errors);
        if (errors.isEmpty()) {
            PortalServices.Answer answer = id == null
                    ? services.as(user).send("POST", Pages.NOTICE_LIST, body)
                    : services.as(user).send("PATCH", Pages.NOTICES + id, body,
                            Pages.nullIfBlank(typed.version));
            if (answer.ok()) {
                return Pages.seeOther("/buyer/notices/" + answer.body().get("id"));
            }
            if (answer.status() == 412) {
                errors.add(new FormError("title", "Someone else changed this notice since you opened it. "
                        + "Open it again to see their changes, then make yours"));
            } else {
                Refusals.of(answer, "title", NoticeForm::fieldId, NoticeForm.WHAT_TO_ENTER)
                        .forEach(e -> errors.add(new FormError(e.field(), NoticeForm.inWords(e.message()))));
            }
        }
        return form(id, typed, errors);
    }

    @GET
    @Path("{id}/cancel")
    public Response cancelPage(@PathParam("id") UUID id) {
        PortalSessions.SignedIn user = visitor.requiredRole(Roles.BUYER);
        return Pages.show(cancel.data("notice", read(user, id)).data("reason", "").data("errors", List.of()));
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        PortalSessions.SignedIn user = visitor.checkForm(posted.getFirst("csrf"));
        visitor.requiredRole(Roles.BUYER);
        String reason = Pages.field(posted, "reason");
        PortalServices.Answer answer = services.as(user).send("POST",
                Pages.NOTICES + id + "/cancel", Map.of("reason", reason));
        if (answer.ok()) {
            return Pages.seeOther("/buyer/notices/" + id);
        }
        return Pages.show(cancel.data("notice", read(user, id)).data("reason", reason).data("errors",
                Refusals.of(answer, "reason", field -> "reason", Map.of("reason", "why you are cancelling this notice"))));
    }

    private Response form(UUID id, NoticeForm form, List<FormError> errors) {
        PortalServices.Answer licenceTypes = services.get("/api/licensing/licence-types", List.of());
        return Pages.show(noticeForm.data("id", id).data("form", form).data("types", NoticeForm.TYPES)
                .data("themes", ResponseForm.THEMES).data("licenceTypes", licenceTypes.list()).data("errors", errors));
    }

    private Map<String, Object> read(PortalSessions.SignedIn user, UUID id) {
        return services.as(user).get(Pages.NOTICES + id, List.of()).body();
    }
}
