package onestop.opportunities.challenge;

import java.time.Clock;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import onestop.opportunities.api.ChallengeStage;
import onestop.opportunities.api.NoticeView;
import onestop.opportunities.api.StageRequest;
import onestop.opportunities.opportunity.Notices;
import onestop.opportunities.opportunity.OpportunityService;
import onestop.platform.security.Roles;

/** The buyer moves a CHALLENGE notice to its next stage ({@link ChallengeStage}). */
@Path("/api/opportunities/opportunities/{id}/stage")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChallengeResource {

    @Inject
    Notices notices;

    @Inject
    OpportunityService opportunities;

    @Inject
    Clock clock;

    @POST
    @RolesAllowed(Roles.BUYER)
    @Transactional
    @Operation(operationId = "advanceProcurementStage")
    public NoticeView advance(@PathParam("id") UUID id, @Valid @NotNull StageRequest request) {
        notices.owned(id).advanceChallenge(request.stage(), clock.instant());
        return opportunities.read(id);
    }
}
