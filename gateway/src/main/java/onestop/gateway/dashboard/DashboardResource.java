package onestop.gateway.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import onestop.gateway.api.DashboardView;
import onestop.gateway.me.SignedInUser;
import onestop.platform.security.Caller;
import onestop.platform.security.Roles;

/** A business's dashboard: both services asked at once, each given at most the timeout. */
@Path("/api/me/dashboard")
@Tag(name = "Me")
public class DashboardResource {

    private final Dashboards dashboards;
    private final SignedInUser user;
    private final Caller caller;

    DashboardResource(Dashboards dashboards, SignedInUser user, Caller caller) {
        this.dashboards = dashboards;
        this.user = user;
        this.caller = caller;
    }

    @GET
    @Blocking
    @RolesAllowed(Roles.BUSINESS)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Applications in progress, licences, responses, new matching opportunities and unread "
            + "notifications; partial when a service is down")
    public Uni<DashboardView> dashboard(@HeaderParam("Authorization") String authorization) {
        return dashboards.of(user.id(), caller.requireBusinessId(), authorization);
    }
}
