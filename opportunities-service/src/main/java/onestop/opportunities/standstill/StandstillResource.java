package onestop.opportunities.standstill;

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

import onestop.opportunities.api.StandstillChallenge;
import onestop.opportunities.api.StandstillExtension;
import onestop.platform.security.Roles;

/** Challenges of an award during the standstill, their outcomes, and extensions of the standstill. */
@Path("/api/opportunities/opportunities/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StandstillResource {

    @Inject
    StandstillService standstill;

    @POST
    @Path("/challenges")
    @RolesAllowed(Roles.BUSINESS)
    public Response challenge(@PathParam("id") UUID id, @Valid @NotNull StandstillChallenge.Raise raise) {
        StandstillChallenge c = standstill.challenge(id, raise);
        return Response.created(URI.create("/api/opportunities/opportunities/" + id + "/challenges/" + c.id()))
                .entity(c).build();
    }

    @GET
    @Path("/challenges")
    @RolesAllowed({ Roles.BUYER, Roles.BUSINESS })
    public List<StandstillChallenge> challenges(@PathParam("id") UUID id) {
        return standstill.list(id);
    }

    @POST
    @Path("/challenges/{challengeId}/outcome")
    @RolesAllowed(Roles.BUYER)
    public StandstillChallenge resolve(@PathParam("id") UUID id, @PathParam("challengeId") UUID challengeId,
            @Valid @NotNull StandstillChallenge.Resolve resolve) {
        return standstill.resolve(id, challengeId, resolve);
    }

    @POST
    @Path("/standstill/extension")
    @RolesAllowed(Roles.BUYER)
    @Operation(operationId = "extendStandstill")
    public StandstillExtension extend(@PathParam("id") UUID id, @Valid @NotNull StandstillExtension.Extend extend) {
        return standstill.extend(id, extend);
    }
}
