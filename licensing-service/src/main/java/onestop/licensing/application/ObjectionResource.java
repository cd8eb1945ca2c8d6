package onestop.licensing.application;

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

import org.jboss.resteasy.reactive.RestResponse;

import onestop.licensing.api.NewObjection;
import onestop.licensing.api.ObjectionView;
import onestop.licensing.timeline.Actor;
import onestop.platform.security.Caller;
import onestop.platform.security.Roles;

/** Objections to a temporary event notice by the police and environmental health (Licensing Act 2003 s.104). */
@Path("/api/licensing/applications/{id}/objections")
@Produces(MediaType.APPLICATION_JSON)
public class ObjectionResource {

    @Inject
    TemporaryEventNotices notices;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.POLICE, Roles.ENVIRONMENTAL_HEALTH })
    public RestResponse<ObjectionView> object(@PathParam("id") UUID id, @Valid @NotNull NewObjection request) {
        String role = caller.hasRole(Roles.POLICE) ? Roles.POLICE : Roles.ENVIRONMENTAL_HEALTH;
        Objection objection = notices.object(id, request, Actor.authority(role, caller.subject()),
                caller.email().orElse(null));
        return RestResponse.status(RestResponse.Status.CREATED, objection.view());
    }
}
