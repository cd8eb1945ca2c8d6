package onestop.gateway.token;

import java.util.UUID;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;
import onestop.gateway.account.AccountService;
import onestop.gateway.account.SignOutEverywhere;
import onestop.gateway.account.UserAccount;
import onestop.gateway.api.PasswordChange;
import onestop.gateway.api.Refresh;
import onestop.gateway.api.TokenPair;
import onestop.gateway.me.SignedInUser;

/**
 * What a signed-in client does with its tokens: refresh them (each refresh token works once), sign out of
 * this device or of every device, change its password.
 */
@Path("/api/auth")
@Tag(name = "Tokens")
public class SessionResource {

    @Inject
    RefreshTokens refreshTokens;

    @Inject
    AccessTokens tokens;

    @Inject
    Event<SignOutEverywhere> signOutEverywhere;

    @Inject
    AccountService accounts;

    @Inject
    SignedInUser caller;

    @POST
    @Path("refresh")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A new access token and refresh token for a refresh token, which is spent; a spent one used "
            + "again signs its sign-in out everywhere it was refreshed (401)")
    public RestResponse<TokenPair> refresh(@NotNull Refresh body) {
        RefreshTokens.Rotated rotated = refreshTokens.rotate(body.refreshToken()).orElseThrow(InvalidRefresh::new);
        return RestResponse.ResponseBuilder.ok(tokens.withRefresh(rotated.user(), rotated.token()))
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("sign-out")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign this device out: its refresh token no longer works (204, whatever the token)")
    public RestResponse<Void> signOut(@NotNull Refresh body) {
        refreshTokens.revokeFamilyOf(body.refreshToken());
        return RestResponse.noContent();
    }

    @POST
    @Path("sign-out-everywhere")
    @Authenticated
    @Operation(summary = "Sign the caller out of every device and portal session; access tokens already issued "
            + "expire within their 5 minutes")
    public RestResponse<Void> signOutEverywhere() {
        signOutEverywhere.fire(new SignOutEverywhere(caller.id()));
        return RestResponse.noContent();
    }

    @POST
    @Path("password")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the caller's password (the current one is asked for); every other session ends, "
            + "and the answer is a fresh sign-in for this one")
    @Transactional
    public RestResponse<TokenPair> changePassword(@NotNull PasswordChange body) {
        UUID userId = caller.id();
        accounts.changePassword(userId, body.currentPassword(), body.newPassword());
        return RestResponse.ResponseBuilder.ok(tokens.signIn(UserAccount.findById(userId)))
                .header("Cache-Control", "no-store").build();
    }
}
