package onestop.licensing.application;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import onestop.licensing.api.OfficerRequests;
import onestop.licensing.api.RepresentationView;
import onestop.platform.security.Roles;

/**
 * The officer's work on the representations of an application: determining each and recording withdrawals.
 * Recording and listing them are {@link ApplicationResource}'s.
 */
@Path("/api/licensing/applications/{id}/representations")
@Produces(MediaType.APPLICATION_JSON)
public class RepresentationResource {

    @Inject
    RepresentationService service;

    @Inject
    ApplicationAccess access;

    @PUT
    @Path("/{representationId}/determination")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LICENSING_OFFICER)
    public RepresentationView determine(@PathParam("id") UUID id, @PathParam("representationId") UUID representationId,
            @Valid @NotNull OfficerRequests.Determination request) {
        return service.determine(id, representationId, request, access.actor()).view();
    }

    @POST
    @Path("/{representationId}/withdrawal")
    @RolesAllowed(Roles.LICENSING_OFFICER)
    public RepresentationView withdraw(@PathParam("id") UUID id, @PathParam("representationId") UUID representationId) {
        return service.withdraw(id, representationId, access.actor()).view();
    }
}
