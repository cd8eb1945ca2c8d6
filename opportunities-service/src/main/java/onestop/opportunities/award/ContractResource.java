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

import onestop.opportunities.api.ContractChangeRequest;
import onestop.opportunities.api.ContractEndRequest;
import onestop.opportunities.api.ContractRequest;
import onestop.opportunities.api.NoticeView;
import onestop.opportunities.opportunity.OpportunityService;
import onestop.platform.security.Roles;

/**
 * The buyer records the contract it entered into once the standstill ended (the contract details notice, UK7;
 * before the standstill ends it is a 409), each change to it (UK10) and its end (UK11).
 */
@Path("/api/opportunities/opportunities/{id}/contract")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractResource {

    @Inject
    AwardService awards;

    @Inject
    OpportunityService notices;

    @POST
    @RolesAllowed(Roles.BUYER)
    @Operation(operationId = "enterContract")
    public NoticeView enter(@PathParam("id") UUID id, @Valid @NotNull ContractRequest request) {
        awards.enterContract(id, request);
        return notices.read(id);
    }

    /** A change to the contract: the contract change notice (UK10). */
    @POST
    @Path("/changes")
    @RolesAllowed(Roles.BUYER)
    @Operation(operationId = "changeContract")
    public NoticeView change(@PathParam("id") UUID id, @Valid @NotNull ContractChangeRequest request) {
        awards.changeContract(id, request);
        return notices.read(id);
    }

    /** The contract ended: the contract termination notice (UK11). */
    @POST
    @Path("/termination")
    @RolesAllowed(Roles.BUYER)
    @Operation(operationId = "terminateContract")
    public NoticeView terminate(@PathParam("id") UUID id, @Valid @NotNull ContractEndRequest request) {
        awards.terminateContract(id, request);
        return notices.read(id);
    }
}
