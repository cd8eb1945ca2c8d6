package onestop.gateway.account;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import onestop.gateway.api.CheckYourEmail;
import onestop.gateway.api.Confirmation;
import onestop.gateway.api.NewPassword;
import onestop.gateway.api.Registration;
import onestop.gateway.api.ResetRequest;

/**
 * Businesses sign up themselves, and confirm their email address; anyone can ask for a password reset. Every
 * answer is the same whether the address has an account or not: only its owner learns that, by email.
 */
@Path("/api/auth")
@Tag(name = "Accounts")
public class RegistrationResource {

    private final AccountService accounts;

    RegistrationResource(AccountService accounts) {
        this.accounts = accounts;
    }

    @POST
    @Path("register")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a business account: 202, and a link to confirm the address is emailed to it")
    public RestResponse<CheckYourEmail> register(@NotNull Registration registration) {
        accounts.register(registration);
        return RestResponse.status(RestResponse.Status.ACCEPTED, new CheckYourEmail(
                "Check your email: we have sent a message to " + registration.email().trim()
                        + " with what to do next."));
    }

    @POST
    @Path("verify-email")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm an email address with the token of the emailed link: 204, or 400 invalid-link")
    public RestResponse<Void> confirm(@NotNull Confirmation confirmation) {
        accounts.confirmEmail(confirmation.token());
        return RestResponse.noContent();
    }

    @POST
    @Path("password-reset")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for a password reset link: 202 whether or not the address has an account")
    public RestResponse<CheckYourEmail> requestReset(@NotNull ResetRequest request) {
        accounts.requestPasswordReset(request.email());
        return RestResponse.status(RestResponse.Status.ACCEPTED, new CheckYourEmail(
                "If " + (request.email() == null ? "that address" : request.email().trim())
                        + " has a OneStop account, we have sent it a link to reset the password."));
    }

    @POST
    @Path("password-reset/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a new password with the token of the emailed link: 204; every session of the account ends")
    public RestResponse<Void> reset(@NotNull NewPassword body) {
        accounts.resetPassword(body.token(), body.password());
        return RestResponse.noContent();
    }
}
