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

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import onestop.portal.FormError;
import onestop.portal.PortalServices;
import onestop.portal.PortalVisitor;
import onestop.portal.session.PortalSessions;
import onestop.platform.security.Roles;

/** A supplier responds to a notice, amends the response until the deadline, and sees its receipt. */
@Path("/opportunities")
@Produces(MediaType.TEXT_HTML)
public class ResponsePages {

    @Inject
    PortalServices services;

    @Inject
    PortalVisitor visitor;

    @Inject
    @Location("portal/procurement/respond")
    Template respond;

    @Inject
    @Location("portal/procurement/response")
    Template receipt;

    @GET
    @Path("{id}/respond")
    public Response respondPage(@PathParam("id") UUID id) {
        PortalSessions.SignedIn user = visitor.requiredRole(Roles.BUSINESS);
        var supplier = services.as(user);
        try {
            supplier.get("/api/opportunities/suppliers/me", List.of());
        } catch (NotFoundException noProfileYet) {
            return Pages.seeOther("/supplier-profile?next=/opportunities/" + id + "/respond");
        }
        List<?> own = supplier.get(Pages.NOTICES + id + "/responses", List.of()).list();
        @SuppressWarnings("unchecked")
        ResponseForm form = own.isEmpty() ? ResponseForm.empty() : ResponseForm.of((Map<String, Object>) own.get(0));
        return page(id, form, List.of());
    }

    @POST
    @Path("{id}/respond")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response respond(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        PortalSessions.SignedIn user = visitor.checkForm(form.getFirst("csrf"));
        visitor.requiredRole(Roles.BUSINESS);
        ResponseForm typed = ResponseForm.from(form);
        List<FormError> errors = new ArrayList<>();
        Map<String, Object> body = typed.toBody(errors);
        if (!errors.isEmpty()) {
            return page(id, typed, errors);
        }
        PortalServices.Answer answer = typed.amending()
                ? services.as(user).send("PATCH", Pages.NOTICES + id + "/responses/"
                        + Pages.id(typed.responseId), body)
                : services.as(user).send("POST", Pages.NOTICES + id + "/responses", body);
        if (answer.ok()) {
            return Pages.seeOther("/opportunities/" + id + "/responses/" + answer.body().get("id")
                    + (typed.amending() ? "?sent=amended" : "?sent=new"));
        }
        return page(id, typed, Refusals.of(answer, "summary", typed::fieldId, typed.whatToEnter()));
    }

    @GET
    @Path("{id}/responses/{responseId}")
    public Response receiptPage(@PathParam("id") UUID id, @PathParam("responseId") UUID responseId,
            @QueryParam("sent") String sent) {
        PortalSessions.SignedIn user = visitor.requiredRole(Roles.BUSINESS);
        Map<String, Object> response = services.as(user)
                .get(Pages.NOTICES + id + "/responses/" + responseId, List.of()).body();
        return Pages.show(receipt.data("notice", notice(id)).data("response", response)
                .data("sent", "new".equals(sent) || "amended".equals(sent) ? sent : null));
    }

    private Response page(UUID id, ResponseForm form, List<FormError> errors) {
        return Pages.show(respond.data("notice", notice(id)).data("form", form).data("themes", ResponseForm.THEMES)
                .data("errors", errors));
    }

    private Map<String, Object> notice(UUID id) {
        return services.get(Pages.NOTICES + id, List.of()).body();
    }
}
