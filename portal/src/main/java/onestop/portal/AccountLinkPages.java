package onestop.portal;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import onestop.portal.api.AccountApi;
import onestop.portal.session.PortalCookies;
import onestop.portal.session.PortalSessions;

/**
 * What the emailed links open: confirming an email address and choosing a new password, and the page that
 * asks for a reset link. A link is used by a button (POST), never by opening it, so that mail scanners that
 * follow links do not spend it.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AccountLinkPages {

    /** The pages, type-checked against what they are given when the portal is built. */
    @CheckedTemplate(basePath = "portal", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance verifyEmail(String csrf, String token, LinkState state);

        static native TemplateInstance forgotPassword(String csrf, String email, List<FormError> errors);

        static native TemplateInstance resetPassword(String csrf, String token, LinkState state,
                List<FormError> errors);
    }

    /** Where a link's page is: asking for the button (or a new password), done, or the link no longer valid. */
    enum LinkState {
        ASK, CONFIRMED, CHANGED, INVALID
    }

    @Inject
    AccountApi accounts;

    @Context
    UriInfo uri;

    @GET
    @Path("verify-email")
    public Response verifyEmailPage(@QueryParam("token") String token, @CookieParam(PortalCookies.CSRF) String csrf) {
        String fresh = AnonymousForms.csrfOrNew(csrf);
        return AnonymousForms.page(Templates.verifyEmail(fresh, token == null ? "" : token, LinkState.ASK), 200, fresh,
                uri);
    }

    @POST
    @Path("verify-email")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verifyEmail(@FormParam("token") String token, @FormParam("csrf") String formCsrf,
            @CookieParam(PortalCookies.CSRF) String cookieCsrf) {
        String fresh = AnonymousForms.csrfOrNew(cookieCsrf);
        if (!PortalSessions.same(cookieCsrf, formCsrf)) {
            return AnonymousForms.page(Templates.verifyEmail(fresh, token == null ? "" : token, LinkState.ASK), 200,
                    fresh, uri);
        }
        LinkState state = accounts.confirmEmail(token).done() ? LinkState.CONFIRMED : LinkState.INVALID;
        return AnonymousForms.page(Templates.verifyEmail(fresh, "", state), state == LinkState.INVALID ? 400 : 200,
                fresh, uri);
    }

    @GET
    @Path("forgot-password")
    public Response forgotPasswordPage(@CookieParam(PortalCookies.CSRF) String csrf) {
        String fresh = AnonymousForms.csrfOrNew(csrf);
        return AnonymousForms.page(Templates.forgotPassword(fresh, "", List.of()), 200, fresh, uri);
    }

    @POST
    @Path("forgot-password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response forgotPassword(@FormParam("email") String email, @FormParam("csrf") String formCsrf,
            @CookieParam(PortalCookies.CSRF) String cookieCsrf) {
        String fresh = AnonymousForms.csrfOrNew(cookieCsrf);
        List<FormError> errors = new ArrayList<>();
        if (!PortalSessions.same(cookieCsrf, formCsrf)) {
            errors.add(new FormError("email", "Your form expired. Enter your email address again"));
        } else if (email == null || email.isBlank()) {
            errors.add(new FormError("email", "Enter your email address"));
        } else if (email.length() > 254 || !email.contains("@")) {
            errors.add(new FormError("email", "Enter an email address in the correct format, like name@example.com"));
        }
        if (!errors.isEmpty()) {
            return AnonymousForms.page(Templates.forgotPassword(fresh, email == null ? "" : email, errors), 200, fresh,
                    uri);
        }
        accounts.requestPasswordReset(email.trim());
        return AnonymousForms.page(AccountPages.Templates.checkYourEmail(email.trim(), AccountPages.EmailSent.RESET),
                200, fresh, uri);
    }

    @GET
    @Path("reset-password")
    public Response resetPasswordPage(@QueryParam("token") String token, @CookieParam(PortalCookies.CSRF) String csrf) {
        String fresh = AnonymousForms.csrfOrNew(csrf);
        return AnonymousForms.page(Templates.resetPassword(fresh, token == null ? "" : token, LinkState.ASK, List.of()),
                200, fresh, uri);
    }

    @POST
    @Path("reset-password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resetPassword(@FormParam("token") String token, @FormParam("password") String password,
            @FormParam("csrf") String formCsrf, @CookieParam(PortalCookies.CSRF) String cookieCsrf) {
        String fresh = AnonymousForms.csrfOrNew(cookieCsrf);
        List<FormError> errors = new ArrayList<>();
        LinkState state = LinkState.ASK;
        if (!PortalSessions.same(cookieCsrf, formCsrf)) {
            errors.add(new FormError("password", "Your form expired. Enter your new password again"));
        } else if (password == null || password.isEmpty()) {
            errors.add(new FormError("password", "Enter a new password"));
        } else {
            AccountApi.Outcome outcome = accounts.resetPassword(token, password);
            if (outcome.done()) {
                state = LinkState.CHANGED;
            } else if (outcome.invalidLink()) {
                state = LinkState.INVALID;
            } else {
                errors.add(new FormError("password", "Your new password " + outcome.errors().get(0).message()));
            }
        }
        return AnonymousForms.page(Templates.resetPassword(fresh, token == null ? "" : token, state, errors),
                state == LinkState.INVALID ? 400 : 200, fresh, uri);
    }
}
