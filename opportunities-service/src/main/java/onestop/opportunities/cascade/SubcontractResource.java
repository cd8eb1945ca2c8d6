package onestop.opportunities.cascade;

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
import onestop.opportunities.api.NoticeView;
import onestop.opportunities.award.AwardService;
import onestop.opportunities.opportunity.OpportunityService;
import onestop.platform.security.Roles;

/**
 * A prime contractor runs the subcontracts it posted: closes them to responses and awards them (the responses it
 * reads as a buyer reads its own). To anyone but the prime a subcontract here is not found.
 */
@Path("/api/opportunities/subcontracts/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class SubcontractResource {

    @Inject
    OpportunityService notices;

    @Inject
    AwardService awards;

    @POST
    @Path("close")
    @RolesAllowed(Roles.BUSINESS)
    @Operation(operationId = "closeSubcontract", description = "OPEN → CLOSED once the subcontract's `closingAt`"
            + " has passed; before it, 409 `illegal-transition`, as for any notice: suppliers have until the deadline.")
    public NoticeView close(@PathParam("id") UUID id) {
        return notices.close(id);
    }

    /** The prime picks the winning response, as a buyer does on its own notices. */
    @POST
    @Path("award")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BUSINESS)
    @Operation(operationId = "awardSubcontract")
    public NoticeView award(@PathParam("id") UUID id, @Valid @NotNull AwardRequest request) {
        awards.award(id, request);
        return notices.read(id);
    }
}
