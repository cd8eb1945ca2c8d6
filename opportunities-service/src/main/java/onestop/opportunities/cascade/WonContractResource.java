package onestop.opportunities.cascade;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import onestop.opportunities.api.WonContract;
import onestop.platform.security.Roles;

/** The contracts the calling business won, of which it may post subcontracts. */
@Path("/api/opportunities/suppliers/me/contracts")
@Produces(MediaType.APPLICATION_JSON)
public class WonContractResource {

    @Inject
    SubcontractService subcontracts;

    @GET
    @RolesAllowed(Roles.BUSINESS)
    @Operation(operationId = "listWonContracts")
    public List<WonContract> won() {
        return subcontracts.won();
    }
}
