package onestop.portal.procurement;

import java.time.LocalDate;
import java.time.ZoneId;
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
import onestop.opportunities.api.NoticeView;
import onestop.opportunities.api.OpportunitiesClient;
import onestop.opportunities.api.OpportunityStatus;
import onestop.opportunities.api.StandstillChallenge;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;
import onestop.portal.PortalVisitor;
import onestop.platform.security.Roles;

/**
 * A supplier that tendered challenges an award during the standstill and follows its challenge to the outcome the
 * buyer records (the contract is suspended until then, s.102 of the Procurement Act 2023); the buyer's side is
 * {@link StandstillPages}.
 */
@Path("/opportunities/{id}/award-challenge")
@Produces(MediaType.TEXT_HTML)
public class AwardChallengePages {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @CheckedTemplate(basePath = "portal/procurement", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance challengeAward(NoticeView notice, List<StandstillChallenge> challenges,
                boolean open, String grounds, String sent, List<FormError> errors);
    }

    @Inject
    OpportunitiesClient opportunities;

    @Inject
    ProcurementCalls calls;

    @Inject
    PortalVisitor visitor;

    @GET
    public Response challengePage(@PathParam("id") UUID id, @QueryParam("sent") String sent) {
        visitor.requiredRole(Roles.BUSINESS);
        return page(id, "", "true".equals(sent) ? "true" : null, List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response challenge(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        visitor.checkForm(posted.getFirst("csrf"));
        visitor.requiredRole(Roles.BUSINESS);
        String grounds = Pages.field(posted, "grounds");
        try {
            ApiCalls.read(() -> opportunities.challengeAward(calls.authorization(), id,
                    new StandstillChallenge.Raise(grounds)));
            return Pages.seeOther("/opportunities/" + id + "/award-challenge?sent=true");
        } catch (ApiCalls.Refused refused) {
            return page(id, grounds, null, Refusals.of(refused, "grounds", field -> field,
                    Map.of("grounds", "what is wrong with the award")));
        }
    }

    private Response page(UUID id, String grounds, String sent, List<FormError> errors) {
        String authorization = calls.authorization();
        NoticeView notice = ApiCalls.read(() -> opportunities.notice(authorization, id));
        List<StandstillChallenge> mine = ApiCalls.read(() -> opportunities.awardChallenges(authorization, id));
        return Pages.show(Templates.challengeAward(notice, mine, inStandstill(notice), grounds, sent, errors));
    }

    /** Whether the award's standstill is running today (the portal's day; the service has the last word). */
    private static boolean inStandstill(NoticeView notice) {
        return notice.status() == OpportunityStatus.AWARDED && notice.procurement() != null
                && notice.procurement().standstillLastDay() != null && notice.procurement().contract() == null
                && !LocalDate.now(UK).isAfter(notice.procurement().standstillLastDay());
    }
}
