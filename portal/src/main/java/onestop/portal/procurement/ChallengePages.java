package onestop.portal.procurement;

import java.util.ArrayList;
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
import onestop.opportunities.api.ChallengeClient;
import onestop.opportunities.api.Challenges.ChallengeView;
import onestop.opportunities.api.Challenges.StandingView;
import onestop.opportunities.api.Challenges.SubmissionRequest;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;
import onestop.portal.PortalVisitor;
import onestop.platform.security.Roles;

/**
 * The public page of a challenge (its stages, asks, deadlines, how many submitted, who was funded), and for a
 * signed-in supplier its own standing and the form to submit for the current stage.
 */
@Path("/opportunities/{id}/challenge")
@Produces(MediaType.TEXT_HTML)
public class ChallengePages {

    @CheckedTemplate(basePath = "portal/procurement", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance challenge(ChallengeView challenge, List<StandingView> standing,
                boolean supplier, String summary, List<FormError> errors, boolean submitted);
    }

    @Inject
    ChallengeClient challenges;

    @Inject
    ProcurementCalls calls;

    @Inject
    PortalVisitor visitor;

    @GET
    public Response page(@PathParam("id") UUID id, @jakarta.ws.rs.QueryParam("submitted") boolean submitted) {
        return Pages.show(page(id, "", List.of(), submitted));
    }

    @POST
    @Path("submissions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        visitor.checkForm(posted.getFirst("csrf"));
        visitor.requiredRole(Roles.BUSINESS);
        String summary = Pages.field(posted, "summary");
        List<FormError> errors = new ArrayList<>();
        ChallengeView challenge = ApiCalls.read(() -> challenges.challenge(null, id));
        try {
            ApiCalls.read(() -> challenges.submit(calls.authorization(), id, challenge.currentStage(),
                    new SubmissionRequest(Pages.nullIfBlank(summary))));
            return Pages.seeOther("/opportunities/" + id + "/challenge?submitted=true");
        } catch (ApiCalls.Refused refused) {
            errors.addAll(Refusals.of(refused, "summary", field -> "summary",
                    java.util.Map.of("summary", "your submission")));
        }
        return Pages.show(page(id, summary, errors, false));
    }

    private TemplateInstance page(UUID id, String summary, List<FormError> errors, boolean submitted) {
        ChallengeView challenge = ApiCalls.read(() -> challenges.challenge(null, id));
        boolean supplier = visitor.signedIn().filter(u -> u.account().roles().contains(Roles.BUSINESS)).isPresent();
        List<StandingView> standing = supplier ? ApiCalls.read(() -> challenges.standing(calls.authorization(), id))
                : List.of();
        return Templates.challenge(challenge, standing, supplier, summary, errors, submitted);
    }
}
