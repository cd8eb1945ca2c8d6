package onestop.portal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import onestop.gateway.api.CalendarFeed;
import onestop.gateway.api.TextMessages;
import onestop.gateway.api.GatewayClient;
import onestop.platform.problem.Problem;
import onestop.portal.api.AccountApi;
import onestop.portal.session.PortalCookies;
import onestop.portal.session.PortalSessions;

/** Create an account, sign in, see your account, sign out. Every form carries a CSRF token. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    /** The signed-in home page. */
    static final String HOME = "/dashboard";

    @Inject
    AccountApi accounts;

    @Inject
    PortalSessions sessions;

    @Inject
    GatewayClient gateway;

    @Inject
    PortalVisitor visitor;

    /** The pages, type-checked against what they are given when the portal is built. */
    @CheckedTemplate(basePath = "portal", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance signIn(String csrf, String email, String next, List<FormError> errors,
                boolean timedOut);

        static native TemplateInstance createAccount(String csrf, Registration form, List<FormError> errors);

        static native TemplateInstance account(String email, String businessName, boolean passwordChanged,
                String calendarUrl, boolean calendarReset, TextMessages texts, String textsChanged);

        static native TemplateInstance signOut(String csrf);

        /** Also the answer of {@link AccountLinkPages}'s request for a reset link. */
        static native TemplateInstance checkYourEmail(String email, EmailSent purpose);
    }

    /** What the email just sent is for. */
    enum EmailSent {
        /** confirming the address of a new account */
        ACCOUNT,
        /** resetting a password */
        RESET
    }

    @Context
    UriInfo uri;

    @GET
    @Path("sign-in")
    public Response signInPage(@CookieParam(PortalCookies.CSRF) String csrf, @QueryParam("next") String next,
            @QueryParam("timeout") String timeout) {
        String token = csrfOrNew(csrf);
        return page(Templates.signIn(token, "", returnTo(next), List.of(), "idle".equals(timeout)), 200, token);
    }

    @POST
    @Path("sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@FormParam("email") String email, @FormParam("password") String password,
            @FormParam("next") String next, @FormParam("csrf") String formCsrf,
            @CookieParam(PortalCookies.CSRF) String cookieCsrf) {
        List<FormError> errors = new ArrayList<>();
        if (!PortalSessions.same(cookieCsrf, formCsrf)) {
            errors.add(new FormError("email", "Your form expired. Sign in again"));
        } else {
            if (blank(email)) {
                errors.add(new FormError("email", "Enter your email address"));
            }
            if (blank(password)) {
                errors.add(new FormError("password", "Enter your password"));
            }
        }
        AccountApi.SignIn outcome = errors.isEmpty() ? accounts.signIn(email.trim(), password) : new AccountApi.Refused();
        if (errors.isEmpty()) {
            errors.addAll(refusal(outcome));
        }
        if (!errors.isEmpty()) {
            String token = csrfOrNew(cookieCsrf);
            return page(Templates.signIn(token, email == null ? "" : email, returnTo(next), errors, false), 200, token);
        }
        AccountApi.SignedIn signedIn = (AccountApi.SignedIn) outcome;
        String session = sessions.open(signedIn.tokens(), signedIn.account());
        String target = returnTo(next);
        return Response.seeOther(URI.create(target == null ? HOME : target))
                .cookie(PortalCookies.session(session, secure())).build();
    }

    // One message for an unknown email and a wrong password: nobody learns who has an account.
    private static List<FormError> refusal(AccountApi.SignIn outcome) {
        if (outcome instanceof AccountApi.Locked locked) {
            long minutes = Math.max(1, (locked.retryAfter().toSeconds() + 59) / 60);
            return List.of(new FormError("email", "You have tried too many times. Wait " + minutes
                    + (minutes == 1 ? " minute" : " minutes") + " and try again, or reset your password"));
        }
        if (outcome instanceof AccountApi.Unconfirmed) {
            return List.of(new FormError("email",
                    "Confirm your email address first: we have sent you a new link. Check your email"));
        }
        return outcome instanceof AccountApi.SignedIn ? List.of()
                : List.of(new FormError("email", "Enter a correct email address and password"));
    }

    @GET
    @Path("create-account")
    public Response createAccountPage(@CookieParam(PortalCookies.CSRF) String csrf) {
        String token = csrfOrNew(csrf);
        return page(Templates.createAccount(token, new Registration("", "", "", "", ""), List.of()), 200, token);
    }

    @POST
    @Path("create-account")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createAccount(@FormParam("email") String email, @FormParam("password") String password,
            @FormParam("businessName") String businessName, @FormParam("companyNumber") String companyNumber,
            @FormParam("postcode") String postcode, @FormParam("csrf") String formCsrf,
            @CookieParam(PortalCookies.CSRF) String cookieCsrf) {
        Registration form = new Registration(trim(email), password, trim(businessName), trim(companyNumber),
                trim(postcode));
        List<FormError> errors = new ArrayList<>();
        if (!PortalSessions.same(cookieCsrf, formCsrf)) {
            errors.add(new FormError("email", "Your form expired. Check your answers and try again"));
        } else {
            AccountApi.Outcome outcome = accounts.register(form.email(), form.password(), form.businessName(),
                    form.companyNumber(), form.postcode());
            if (outcome.done()) {
                return page(Templates.checkYourEmail(form.email(), EmailSent.ACCOUNT), 200, csrfOrNew(cookieCsrf));
            }
            for (Problem.FieldError error : outcome.errors()) {
                String field = error.field().isEmpty() ? "email" : error.field();
                errors.add(new FormError(field, sentence(field, error.message()), error.code()));
            }
        }
        String token = csrfOrNew(cookieCsrf);
        Registration shown = new Registration(form.email(), "", form.businessName(), form.companyNumber(), form.postcode());
        return page(Templates.createAccount(token, shown, errors), 200, token);
    }

    @GET
    @Path("account")
    public Response account(@QueryParam("password") String password, @QueryParam("calendar") String calendar,
            @QueryParam("texts") String texts) {
        PortalSessions.SignedIn user = visitor.required();
        String businessName = user.account().businessId() == null ? null
                : accounts.businessName(sessions.accessToken(user)).orElse(null);
        String authorization = "Bearer " + sessions.accessToken(user);
        CalendarFeed feed = ApiCalls.read(() -> gateway.calendar(authorization));
        TextMessages textMessages = ApiCalls.read(() -> gateway.texts(authorization));
        return Response.ok(Templates.account(user.account().email(), businessName, "changed".equals(password),
                feed.url(), "reset".equals(calendar), textMessages,
                "on".equals(texts) || "off".equals(texts) ? texts : "").render(), HTML).build();
    }

    @GET
    @Path("sign-out")
    public Response signOutPage(@CookieParam(PortalCookies.SESSION) String sessionToken) {
        Optional<PortalSessions.SignedIn> signedIn = sessions.find(sessionToken);
        if (signedIn.isEmpty()) {
            return Response.seeOther(URI.create("/")).build();
        }
        return Response.ok(Templates.signOut(signedIn.get().session().csrfToken).render(), HTML).build();
    }

    @POST
    @Path("sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(@CookieParam(PortalCookies.SESSION) String sessionToken, @FormParam("csrf") String csrf) {
        Optional<PortalSessions.SignedIn> signedIn = sessions.find(sessionToken);
        if (signedIn.isPresent() && PortalSessions.same(signedIn.get().session().csrfToken, csrf)) {
            sessions.close(sessionToken);
            return Response.seeOther(URI.create("/")).cookie(PortalCookies.endSession(secure())).build();
        }
        return Response.seeOther(URI.create(signedIn.isPresent() ? "/sign-out" : "/")).build();
    }

    /** What the create-account form holds (the password is never shown again). */
    @io.quarkus.qute.TemplateData
    public record Registration(String email, String password, String businessName, String companyNumber,
            String postcode) {
    }

    /** Where to go after signing in: a page of this site only, never another site (an open redirect). */
    static String returnTo(String next) {
        boolean local = next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
                && next.length() <= 2000 && next.chars().noneMatch(c -> c < 0x20);
        return local ? next : null;
    }

    private Response page(TemplateInstance page, int status, String csrf) {
        return AnonymousForms.page(page, status, csrf, uri);
    }

    private boolean secure() {
        return AnonymousForms.secure(uri);
    }

    private static String csrfOrNew(String csrf) {
        return AnonymousForms.csrfOrNew(csrf);
    }

    /** The API's reason, said the GOV.UK way for the field it concerns. */
    static String sentence(String field, String message) {
        return switch (field) {
            case "email" -> "Enter an email address in the correct format, like name@example.com";
            case "businessName" -> "Enter your business name";
            case "companyNumber" -> "Enter a company number in the correct format, like 01234567 or SC123456";
            case "postcode" -> "Enter a full UK postcode, like B1 1BB";
            case "password" -> "Password " + message;
            default -> Character.toUpperCase(message.charAt(0)) + message.substring(1);
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
