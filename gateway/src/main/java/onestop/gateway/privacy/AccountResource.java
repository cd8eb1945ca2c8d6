package onestop.gateway.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import onestop.gateway.api.AccountClosure;
import onestop.gateway.me.SignedInUser;
import onestop.platform.security.Roles;

/** The signed-in business user's data rights: closing the account. */
@Path("/api/me")
@Tag(name = "Me")
public class AccountResource {

    private final SignedInUser user;
    private final AccountClosures closures;

    AccountResource(SignedInUser user, AccountClosures closures) {
        this.user = user;
        this.closures = closures;
    }

    @DELETE
    @RolesAllowed(Roles.BUSINESS)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close the caller's account (password in the body): the gateway erases the account, its "
            + "sessions and inbox, and every service erases or anonymises what it holds about the business")
    public RestResponse<Void> close(@NotNull AccountClosure body) {
        closures.close(user.id(), body.password());
        return RestResponse.noContent();
    }
}
