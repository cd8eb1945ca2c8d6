package onestop.opportunities.award;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import onestop.opportunities.api.AwardRequest;
import onestop.opportunities.api.DirectAward;
import onestop.opportunities.api.NoticeView;
import onestop.opportunities.opportunity.OpportunityService;
import onestop.platform.security.Roles;

/**
 * The buyer awards a closed notice (the contract award notice), or a procurement not tendered directly on a
 * Schedule 5 ground (the transparency notice); the award then shows on the public notice.
 */
@Path("/api/opportunities/opportunities/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AwardResource {

    @Inject
    AwardService awards;

    @Inject
    OpportunityService notices;

    @POST
    @Path("/award")
    @RolesAllowed(Roles.BUYER)
    @Operation(operationId = "awardContract")
    public NoticeView award(@PathParam("id") UUID id, @Valid @NotNull AwardRequest request) {
        awards.award(id, request);
        return notices.read(id);
    }

    @POST
    @Path("/direct-award")
    @RolesAllowed(Roles.BUYER)
    @Operation(operationId = "awardContractDirectly")
    public NoticeView awardDirectly(@PathParam("id") UUID id, @Valid @NotNull DirectAward request) {
        awards.awardDirectly(id, request);
        return notices.read(id);
    }
}
