package onestop.portal.api;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import onestop.gateway.api.Confirmation;
import onestop.gateway.api.GatewayClient;
import onestop.gateway.api.MeView;
import onestop.gateway.api.NewPassword;
import onestop.gateway.api.PasswordChange;
import onestop.gateway.api.Refresh;
import onestop.gateway.api.Registration;
import onestop.gateway.api.ResetRequest;
import onestop.gateway.api.TokenPair;
import onestop.platform.problem.Problem;
import onestop.portal.ServiceUnavailable;

/**
 * The gateway's account routes ({@code /api/auth/...}, {@code /api/me}), as the portal's pages use them: signing
 * in and out, creating an account, confirming it, resetting and changing a password. Each answer the gateway can
 * give is one of the records below; anything else is the service's error page.
 */
@ApplicationScoped
public class AccountApi {

    /** How a sign-in went. */
    public sealed interface SignIn permits SignedIn, Locked, Unconfirmed, Refused {
    }

    /** The right email and password: the person's tokens and who they are. */
    public record SignedIn(TokenPair tokens, Account account) implements SignIn {
    }

    /** Too many attempts, for this address or from this browser: try again after {@code retryAfter}. */
    public record Locked(Duration retryAfter) implements SignIn {
    }

    /** The right password for an address not yet confirmed: a new link has been sent. */
    public record Unconfirmed() implements SignIn {
    }

    /** An unknown address or a wrong password: the API does not say which. */
    public record Refused() implements SignIn {
    }

    /** What a form's submission came to: done, a link that is no longer valid, or the fields refused. */
    public record Outcome(boolean done, boolean invalidLink, List<Problem.FieldError> errors) {

        static final Outcome DONE = new Outcome(true, false, List.of());
    }

    private final GatewayClient gateway;

    AccountApi(GatewayClient gateway) {
        this.gateway = gateway;
    }

    public SignIn signIn(String email, String password) {
        try {
            TokenPair tokens = gateway.signIn(new onestop.gateway.api.SignIn(email, password));
            return new SignedIn(tokens, me(tokens.accessToken()));
        } catch (WebApplicationException e) {
            Response reply = e.getResponse();
            // locked for this address, or too many attempts from this browser: either way, wait and try again
            if (reply.getStatus() == 429) {
                String retryAfter = reply.getHeaderString("Retry-After");
                return new Locked(Duration.ofSeconds(retryAfter == null ? 60L : Long.parseLong(retryAfter.trim())));
            }
            if (reply.getStatus() == 403 && problemType(reply).endsWith("/email-not-confirmed")) {
                return new Unconfirmed();
            }
            if (reply.getStatus() == 401 || reply.getStatus() == 400) {
                return new Refused();
            }
            throw unexpected("POST /api/auth/token", e);
        } catch (ProcessingException e) {
            throw unreachable("POST /api/auth/token", e);
        }
    }

    /** New tokens for a refresh token, which is spent; empty when the sign-in has ended. */
    public Optional<TokenPair> refresh(String refreshToken) {
        try {
            return Optional.of(gateway.refresh(new Refresh(refreshToken)));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 401 || status == 400) {
                return Optional.empty();
            }
            throw unexpected("POST /api/auth/refresh", e);
        } catch (ProcessingException e) {
            throw unreachable("POST /api/auth/refresh", e);
        }
    }

    /** Ends this sign-in at the gateway: its refresh token no longer works. */
    public void signOut(String refreshToken) {
        try {
            gateway.signOut(new Refresh(refreshToken));
        } catch (WebApplicationException whateverTheToken) {
            // the session closes here all the same; the gateway forgets a sign-in no one refreshes
        } catch (ProcessingException e) {
            throw unreachable("POST /api/auth/sign-out", e);
        }
    }

    /** Ends every sign-in of the person, on every device. */
    public void signOutEverywhere(String accessToken) {
        call("POST /api/auth/sign-out-everywhere", () -> {
            gateway.signOutEverywhere(bearer(accessToken));
            return null;
        });
    }

    /** Who holds this access token. */
    public Account me(String accessToken) {
        return Account.of(call("GET /api/me", () -> gateway.me(bearer(accessToken))));
    }

    /** The name of the signed-in person's business, if they have one. */
    public Optional<String> businessName(String accessToken) {
        MeView me = call("GET /api/me", () -> gateway.me(bearer(accessToken)));
        return Optional.ofNullable(me.business()).map(MeView.BusinessView::name);
    }

    public Outcome register(String email, String password, String businessName, String companyNumber,
            String postcode) {
        return outcome("POST /api/auth/register", () -> gateway.register(
                new Registration(email, password, businessName, companyNumber, postcode)));
    }

    public Outcome confirmEmail(String token) {
        return outcome("POST /api/auth/verify-email", () -> {
            gateway.confirmEmail(new Confirmation(token == null ? "" : token));
            return null;
        });
    }

    public void requestPasswordReset(String email) {
        call("POST /api/auth/password-reset", () -> gateway.requestPasswordReset(new ResetRequest(email)));
    }

    public Outcome resetPassword(String token, String password) {
        return outcome("POST /api/auth/password-reset/confirm", () -> {
            gateway.resetPassword(new NewPassword(token == null ? "" : token, password));
            return null;
        });
    }

    /** Changes the password: the fresh sign-in the API answers with (every other one has ended), or the refusal. */
    public Changed changePassword(String accessToken, String current, String newPassword) {
        try {
            return new Changed(Optional.of(gateway.changePassword(bearer(accessToken),
                    new PasswordChange(current, newPassword))), List.of());
        } catch (WebApplicationException e) {
            return new Changed(Optional.empty(), refusal("POST /api/auth/password", e).errors());
        } catch (ProcessingException e) {
            throw unreachable("POST /api/auth/password", e);
        }
    }

    /** A password change: the new sign-in when it was made, else the fields the API refused. */
    public record Changed(Optional<TokenPair> tokens, List<Problem.FieldError> errors) {
    }

    private Outcome outcome(String what, Supplier<?> call) {
        try {
            call.get();
            return Outcome.DONE;
        } catch (WebApplicationException e) {
            return refusal(what, e);
        } catch (ProcessingException e) {
            throw unreachable(what, e);
        }
    }

    // a form the API refused (400, 409, 422): a link no longer valid, or the fields at fault
    private static Outcome refusal(String what, WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status != 400 && status != 409 && status != 422) {
            throw unexpected(what, e);
        }
        Problem problem = problem(e.getResponse());
        if (problem != null && problem.type() != null && problem.type().toString().endsWith("/invalid-link")) {
            return new Outcome(false, true, List.of());
        }
        List<Problem.FieldError> errors = problem == null || problem.errors() == null ? List.of() : problem.errors();
        if (errors.isEmpty()) {
            String detail = problem == null || problem.detail() == null ? "That could not be done" : problem.detail();
            errors = List.of(new Problem.FieldError("", null, detail));
        }
        return new Outcome(false, false, List.copyOf(errors));
    }

    private static <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            throw unexpected(what, e);
        } catch (ProcessingException e) {
            throw unreachable(what, e);
        }
    }

    private static String bearer(String accessToken) {
        return "Bearer " + accessToken;
    }

    private static String problemType(Response reply) {
        Problem problem = problem(reply);
        return problem == null || problem.type() == null ? "" : problem.type().toString();
    }

    // the problem document of a refusal; null when the answer carries none
    private static Problem problem(Response reply) {
        try {
            return reply.hasEntity() ? reply.readEntity(Problem.class) : null;
        } catch (RuntimeException notAProblem) {
            return null;
        }
    }

    private static ServiceUnavailable unexpected(String what, WebApplicationException e) {
        return new ServiceUnavailable(what + " answered " + e.getResponse().getStatus());
    }

    private static ServiceUnavailable unreachable(String what, ProcessingException e) {
        return new ServiceUnavailable(what + " could not be reached: " + e.getMessage());
    }
}
