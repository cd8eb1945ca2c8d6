package onestop.opportunities.api;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import onestop.opportunities.api.Challenges.ChallengeView;
import onestop.opportunities.api.Challenges.Decision;
import onestop.opportunities.api.Challenges.StageAsk;
import onestop.opportunities.api.Challenges.StandingView;
import onestop.opportunities.api.Challenges.SubmissionRequest;
import onestop.opportunities.api.Challenges.SubmissionView;
import onestop.opportunities.api.Challenges.Terms;

/**
 * The routes of a CHALLENGE notice run as a process (docs/api.md), as a REST Client interface like
 * {@link OpportunitiesClient}; {@code authorization} is the caller's {@code Bearer} token, or null for the public view.
 */
@Path("/api/opportunities/opportunities/{id}/challenge")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ChallengeClient {

    @GET
    ChallengeView challenge(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    @PUT
    @Path("terms")
    ChallengeView setTerms(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id, Terms terms);

    @PUT
    @Path("stages/{stage}")
    ChallengeView setAsk(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            @PathParam("stage") ChallengeStage stage, StageAsk ask);

    @POST
    @Path("stages/{stage}/submissions")
    SubmissionView submit(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            @PathParam("stage") ChallengeStage stage, SubmissionRequest request);

    @GET
    @Path("stages/{stage}/submissions")
    List<SubmissionView> submissions(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            @PathParam("stage") ChallengeStage stage);

    @POST
    @Path("stages/{stage}/decision")
    ChallengeView decide(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            @PathParam("stage") ChallengeStage stage, Decision decision);

    @GET
    @Path("standing")
    List<StandingView> standing(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);
}
