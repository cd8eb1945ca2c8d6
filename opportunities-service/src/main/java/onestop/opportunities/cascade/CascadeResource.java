package onestop.opportunities.cascade;

import java.net.URI;
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

import onestop.opportunities.api.NoticeFields;
import onestop.opportunities.api.NoticeView;
import onestop.opportunities.api.SupplyChain;
import onestop.opportunities.opportunity.OpportunityService;
import onestop.platform.security.Roles;

/** The cascade on a notice: its prime posts subcontracts of it; anyone reads its place in the supply chain. */
@Path("/api/opportunities/opportunities/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class CascadeResource {

    @Inject
    SubcontractService subcontracts;

    @Inject
    SupplyChains chains;

    @Inject
    OpportunityService notices;

    /** Buyers may call it too, and get what any other party gets: 404, as they never win a contract. */
    @POST
    @Path("subcontracts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.BUSINESS, Roles.BUYER })
    @Operation(operationId = "postSubcontract")
    public Response post(@PathParam("id") UUID contractId, @Valid @NotNull NoticeFields fields) {
        UUID id = subcontracts.post(contractId, fields);
        NoticeView view = notices.read(id);
        return Response.created(URI.create("/api/opportunities/opportunities/" + id)).entity(view)
                .tag(String.valueOf(view.version())).build();
    }

    /** Where the notice sits in the cascade: "part of contract X awarded by Y", its subcontracts, its programme. */
    @GET
    @Path("supply-chain")
    @Operation(operationId = "readSupplyChain")
    public SupplyChain supplyChain(@PathParam("id") UUID id) {
        return chains.of(id);
    }
}
