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

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import onestop.opportunities.api.NoticeView;
import onestop.opportunities.api.OpportunitiesClient;
import onestop.opportunities.api.QuestionRequests;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;
import onestop.portal.PortalVisitor;
import onestop.platform.security.Roles;

/** A supplier asks the buyer a clarification question about a notice. */
@Path("/opportunities")
@Produces(MediaType.TEXT_HTML)
public class QuestionPages {

    /** The pages, type-checked against what they are given when the portal is built. */
    @CheckedTemplate(basePath = "portal/procurement", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance askQuestion(NoticeView notice, String question, List<FormError> errors);

        static native TemplateInstance questionSent(NoticeView notice);
    }

    @Inject
    OpportunitiesClient opportunities;

    @Inject
    ProcurementCalls calls;

    @Inject
    PortalVisitor visitor;

    @GET
    @Path("{id}/questions/new")
    public Response askPage(@PathParam("id") UUID id) {
        visitor.requiredRole(Roles.BUSINESS);
        return Pages.show(Templates.askQuestion(notice(id), "", List.of()));
    }

    @POST
    @Path("{id}/questions/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ask(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        visitor.checkForm(form.getFirst("csrf"));
        visitor.requiredRole(Roles.BUSINESS);
        String question = Pages.field(form, "question");
        try {
            ApiCalls.read(() -> opportunities.ask(calls.authorization(), id, new QuestionRequests.Ask(question)));
            return Pages.seeOther("/opportunities/" + id + "/questions/sent");
        } catch (ApiCalls.Refused refused) {
            List<FormError> errors = Refusals.of(refused, "question", field -> "question",
                    Map.of("question", "your question"));
            return Pages.show(Templates.askQuestion(notice(id), question, errors));
        }
    }

    @GET
    @Path("{id}/questions/sent")
    public Response sentPage(@PathParam("id") UUID id) {
        visitor.requiredRole(Roles.BUSINESS);
        return Pages.show(Templates.questionSent(notice(id)));
    }

    private NoticeView notice(UUID id) {
        return ApiCalls.read(() -> opportunities.notice(null, id));
    }
}
