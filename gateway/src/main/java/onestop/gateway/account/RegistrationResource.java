package onestop.gateway.account;

import java.net.URI;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Businesses sign up themselves. */
@Path("/api/auth/register")
@Tag(name = "Accounts")
public class RegistrationResource {

    private final AccountService accounts;

    RegistrationResource(AccountService accounts) {
        this.accounts = accounts;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a business account: the business and its first user")
    public RestResponse<Registered> register(@NotNull Registration registration) {
        Registered registered = accounts.register(registration);
        return RestResponse.ResponseBuilder.<Registered>created(URI.create("/api/me")).entity(registered).build();
    }
}
