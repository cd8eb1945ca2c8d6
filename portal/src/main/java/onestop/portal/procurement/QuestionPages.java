package onestop.portal.procurement;

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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import onestop.portal.FormError;
import onestop.portal.PortalServices;
import onestop.portal.PortalVisitor;
import onestop.platform.security.Roles;

/** A supplier asks the buyer a clarification question about a notice. */
@Path("/opportunities")
@Produces(MediaType.TEXT_HTML)
public class QuestionPages {

    @Inject
    PortalServices services;

    @Inject
    PortalVisitor visitor;

    @Inject
    @Location("portal/procurement/ask-question")
    Template ask;

    @Inject
    @Location("portal/procurement/question-sent")
    Template sent;

    @GET
    @Path("{id}/questions/new")
    public Response askPage(@PathParam("id") UUID id) {
        visitor.requiredRole(Roles.BUSINESS);
        return Pages.show(ask.data("notice", notice(id)).data("question", "").data("errors", List.of()));
    }

    @POST
    @Path("{id}/questions/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ask(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        var user = visitor.checkForm(form.getFirst("csrf"));
        visitor.requiredRole(Roles.BUSINESS);
        String question = Pages.field(form, "question");
        PortalServices.Answer answer = services.as(user).send("POST",
                Pages.NOTICES + id + "/questions", Map.of("question", question));
        if (answer.ok()) {
            return Pages.seeOther("/opportunities/" + id + "/questions/sent");
        }
        List<FormError> errors = Refusals.of(answer, "question", field -> "question",
                Map.of("question", "your question"));
        return Pages.show(ask.data("notice", notice(id)).data("question", question).data("errors", errors));
    }

    @GET
    @Path("{id}/questions/sent")
    public Response sentPage(@PathParam("id") UUID id) {
        visitor.requiredRole(Roles.BUSINESS);
        return Pages.show(sent.data("notice", notice(id)));
    }

    private Map<String, Object> notice(UUID id) {
        return services.get(Pages.NOTICES + id, List.of()).body();
    }
}
