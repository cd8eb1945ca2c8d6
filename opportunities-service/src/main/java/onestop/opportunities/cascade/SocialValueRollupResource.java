package onestop.opportunities.cascade;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import onestop.opportunities.api.SocialValueRollup;

/** A contract's social value with its subcontracts' rolled up into it, public. */
@Path("/api/opportunities/contracts/{id}/social-value")
@Produces(MediaType.APPLICATION_JSON)
public class SocialValueRollupResource {

    @Inject
    SocialValueRollups rollups;

    @GET
    @Operation(operationId = "readSocialValueRollup")
    public SocialValueRollup socialValue(@PathParam("id") UUID id) {
        return rollups.of(id);
    }
}
