package onestop.opportunities.challenge;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.databind.node.ObjectNode;

import onestop.opportunities.api.ChallengeStage;
import onestop.opportunities.api.Challenges.ChallengeView;
import onestop.opportunities.api.Challenges.Decision;
import onestop.opportunities.api.Challenges.StageAsk;
import onestop.opportunities.api.Challenges.StandingView;
import onestop.opportunities.api.Challenges.SubmissionRequest;
import onestop.opportunities.api.Challenges.SubmissionView;
import onestop.opportunities.api.Challenges.Terms;
import onestop.opportunities.opportunity.Notices;
import onestop.platform.security.Caller;
import onestop.platform.security.Roles;

/** A CHALLENGE notice run as a process: terms, stage asks, sealed submissions, decisions, and its public view. */
@Path("/api/opportunities/opportunities/{id}/challenge")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChallengeProcessResource {

    @Inject
    ChallengeService service;

    @Inject
    ChallengeStanding standing;

    @Inject
    ChallengeOcds ocds;

    @Inject
    Notices notices;

    @Inject
    Caller caller;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "readChallenge")
    public ChallengeView read(@PathParam("id") UUID id) {
        return standing.challenge(ChallengeService.challenge(notices.readable(id)));
    }

    /** The challenge in OCDS 1.1: a lot per phase, an award per funded supplier per phase. */
    @GET
    @Path("ocds")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "readChallengeOcds")
    public ObjectNode ocds(@PathParam("id") UUID id) {
        return ocds.releasePackage(ChallengeService.challenge(notices.published(id)));
    }

    @PUT
    @Path("terms")
    @RolesAllowed(Roles.BUYER)
    @Operation(operationId = "setChallengeTerms")
    public ChallengeView setTerms(@PathParam("id") UUID id, @Valid @NotNull Terms terms) {
        service.setTerms(id, terms);
        return read(id);
    }

    @PUT
    @Path("stages/{stage}")
    @RolesAllowed(Roles.BUYER)
    @Operation(operationId = "setChallengeStageAsk")
    public ChallengeView setAsk(@PathParam("id") UUID id, @PathParam("stage") ChallengeStage stage,
            @Valid @NotNull StageAsk ask) {
        service.setAsk(id, stage, ask);
        return read(id);
    }

    @POST
    @Path("stages/{stage}/submissions")
    @RolesAllowed(Roles.BUSINESS)
    @Operation(operationId = "submitToChallengeStage")
    public SubmissionView submit(@PathParam("id") UUID id, @PathParam("stage") ChallengeStage stage,
            @Valid @NotNull SubmissionRequest request) {
        return service.submit(id, stage, request);
    }

    @GET
    @Path("stages/{stage}/submissions")
    @RolesAllowed({ Roles.BUSINESS, Roles.BUYER })
    @Operation(operationId = "listChallengeStageSubmissions")
    public List<SubmissionView> submissions(@PathParam("id") UUID id, @PathParam("stage") ChallengeStage stage) {
        return service.submissions(id, stage);
    }

    @POST
    @Path("stages/{stage}/decision")
    @RolesAllowed(Roles.BUYER)
    @Operation(operationId = "decideChallengeStage")
    public ChallengeView decide(@PathParam("id") UUID id, @PathParam("stage") ChallengeStage stage,
            @Valid @NotNull Decision decision) {
        service.decide(id, stage, decision);
        return read(id);
    }

    @GET
    @Path("standing")
    @RolesAllowed(Roles.BUSINESS)
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "readOwnChallengeStanding")
    public List<StandingView> standing(@PathParam("id") UUID id) {
        return standing.standing(ChallengeService.challenge(notices.published(id)).id, caller.requireBusinessId());
    }
}
