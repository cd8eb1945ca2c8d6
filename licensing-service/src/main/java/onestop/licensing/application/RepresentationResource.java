package onestop.licensing.application;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import onestop.licensing.api.OfficerRequests;
import onestop.licensing.api.RepresentationView;
import onestop.platform.security.Caller;
import onestop.platform.security.Roles;

/**
 * The representations on an application: the officer lists, determines and records withdrawals; the applicant
 * reads them (the grounds, never a member of the public's name). Recording one is {@link ApplicationResource}'s.
 */
@Path("/api/licensing/applications/{id}/representations")
@Produces(MediaType.APPLICATION_JSON)
public class RepresentationResource {

    @Inject
    RepresentationService service;

    @Inject
    ApplicationAccess access;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({ Roles.BUSINESS, Roles.LICENSING_OFFICER })
    public List<RepresentationView> list(@PathParam("id") UUID id) {
        boolean officer = caller.hasRole(Roles.LICENSING_OFFICER);
        return service.list(id).stream().map(r -> officer ? r.view() : r.applicantView()).toList();
    }

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
