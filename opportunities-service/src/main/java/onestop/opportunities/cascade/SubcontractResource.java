package onestop.opportunities.cascade;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import onestop.opportunities.api.AwardRequest;
import onestop.opportunities.api.NoticeFields;
import onestop.opportunities.api.NoticeView;
import onestop.opportunities.api.SocialValueRollup;
import onestop.opportunities.api.SupplyChain;
import onestop.opportunities.api.WonContract;
import onestop.opportunities.award.AwardService;
import onestop.opportunities.opportunity.OpportunityService;
import onestop.platform.security.Roles;

/**
 * The supply-chain cascade: a prime contractor posts, closes and awards subcontracts of the contract it won; anyone
 * reads where a notice sits in the chain and the social value rolled up to a prime contract.
 */
@Path("/api/opportunities")
@Produces(MediaType.APPLICATION_JSON)
public class SubcontractResource {

    @Inject
    SubcontractService subcontracts;

    @Inject
    SupplyChains chains;

    @Inject
    SocialValueRollups rollups;

    @Inject
    OpportunityService notices;

    @Inject
    AwardService awards;

    /** Buyers may call it too, and get what any other party gets: 404, as they never win a contract. */
    @POST
    @Path("opportunities/{id}/subcontracts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.BUSINESS, Roles.BUYER })
    @Operation(operationId = "postSubcontract")
    public Response post(@PathParam("id") UUID contractId, @Valid @NotNull NoticeFields fields) {
        UUID id = subcontracts.post(contractId, fields);
        NoticeView view = notices.read(id);
        return Response.created(URI.create("/api/opportunities/opportunities/" + id)).entity(view)
                .tag(String.valueOf(view.version())).build();
    }

    @GET
    @Path("opportunities/{id}/supply-chain")
    @Operation(operationId = "readSupplyChain")
    public SupplyChain supplyChain(@PathParam("id") UUID id) {
        return chains.of(id);
    }

    /** The contracts the calling business won, of which it may post subcontracts. */
    @GET
    @Path("suppliers/me/contracts")
    @RolesAllowed(Roles.BUSINESS)
    @Operation(operationId = "listWonContracts")
    public List<WonContract> won() {
        return subcontracts.won();
    }

    @POST
    @Path("subcontracts/{id}/close")
    @RolesAllowed(Roles.BUSINESS)
    @Operation(operationId = "closeSubcontract")
    public NoticeView close(@PathParam("id") UUID id) {
        return notices.close(id);
    }

    @POST
    @Path("subcontracts/{id}/award")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BUSINESS)
    @Operation(operationId = "awardSubcontract")
    public NoticeView award(@PathParam("id") UUID id, @Valid @NotNull AwardRequest request) {
        awards.award(id, request);
        return notices.read(id);
    }

    @GET
    @Path("contracts/{id}/social-value")
    @Operation(operationId = "readSocialValueRollup")
    public SocialValueRollup socialValue(@PathParam("id") UUID id) {
        return rollups.of(id);
    }
}
