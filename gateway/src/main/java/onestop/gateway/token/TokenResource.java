package onestop.gateway.token;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import onestop.gateway.account.AccountProblems;
import onestop.gateway.account.SignIns;
import onestop.gateway.api.SignIn;
import onestop.gateway.api.TokenPair;

/** Sign-in: email and password for a short-lived access token. Rate limited per client at the edge. */
@Path("/api/auth/token")
@Tag(name = "Tokens")
public class TokenResource {

    private final SignIns signIns;
    private final AccessTokens tokens;

    TokenResource(SignIns signIns, AccessTokens tokens) {
        this.signIns = signIns;
        this.tokens = tokens;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in: an RS256 access token (5 minutes) and a single-use refresh token")
    public RestResponse<TokenPair> signIn(@NotNull SignIn signIn) {
        SignIns.Outcome outcome = signIns.attempt(signIn.email(), signIn.password());
        if (outcome instanceof SignIns.Locked locked) {
            throw new AccountProblems.SignInLocked(locked.retryAfter());
        }
        if (outcome instanceof SignIns.Unconfirmed) {
            throw new AccountProblems.EmailNotConfirmed();
        }
        if (!(outcome instanceof SignIns.Succeeded succeeded)) {
            throw new InvalidCredentials();
        }
        TokenPair token = tokens.signIn(succeeded.user());
        // RFC 6749 section 5.1: tokens are never cached
        return RestResponse.ResponseBuilder.ok(token).header("Cache-Control", "no-store").build();
    }
}
