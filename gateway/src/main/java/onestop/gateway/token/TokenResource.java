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

import onestop.gateway.account.AccountService;

/** Sign-in: email and password for a short-lived access token. Rate limited per client at the edge. */
@Path("/api/auth/token")
@Tag(name = "Tokens")
public class TokenResource {

    private final AccountService accounts;
    private final AccessTokens tokens;

    TokenResource(AccountService accounts, AccessTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in: an RS256 access token of at most 15 minutes")
    public RestResponse<AccessToken> signIn(@NotNull SignIn signIn) {
        AccessToken token = accounts.authenticate(signIn.email(), signIn.password()).map(tokens::issue)
                .orElseThrow(InvalidCredentials::new);
        // RFC 6749 section 5.1: tokens are never cached
        return RestResponse.ResponseBuilder.ok(token).header("Cache-Control", "no-store").build();
    }
}
