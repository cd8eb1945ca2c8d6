package onestop.gateway.token;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import onestop.gateway.account.SignOutEverywhere;
import onestop.gateway.account.UserAccount;
import onestop.platform.problem.NotFound;
import onestop.platform.security.Roles;

/** An administrator signs someone out of every device and portal session at once. */
@Path("/api/admin/users/{id}/sign-out-everywhere")
@Tag(name = "Accounts")
public class AdminSignOutResource {

    private final Event<SignOutEverywhere> signOutEverywhere;

    AdminSignOutResource(Event<SignOutEverywhere> signOutEverywhere) {
        this.signOutEverywhere = signOutEverywhere;
    }

    @POST
        @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Sign a user out of every device and portal session (a lost laptop, a leaver)")
    @Transactional
    public RestResponse<Void> signOutUserEverywhere(@PathParam("id") UUID userId) {
        if (UserAccount.findById(userId) == null) {
            throw new NotFound("There is no user " + userId + ".");
        }
        signOutEverywhere.fire(new SignOutEverywhere(userId));
        return RestResponse.noContent();
    }
}
