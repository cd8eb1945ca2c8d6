package onestop.portal;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import onestop.licensing.api.LicenceTypeView;
import onestop.licensing.api.LicensingClient;
import onestop.licensing.api.PublicRequests;
import onestop.portal.session.PortalCookies;
import onestop.portal.session.PortalSessions;

/**
 * The pages of licensing's emailed links, for people without an account: confirm a representation, subscribe to
 * area alerts, confirm them, unsubscribe. A link is used by a button (POST), never by opening it, so that mail
 * scanners that follow links change nothing.
 */
@Path("/licensing")
@Produces(MediaType.TEXT_HTML)
public class PublicLinkPages {

    /** What a link's page is for. */
    public enum Purpose {
        REPRESENTATION, ALERT, UNSUBSCRIBE
    }

    /** Where a link's page is: asking for the button, done, or the link not (or no longer) valid. */
    public enum LinkState {
        ASK, DONE, INVALID
    }

    /** The subscription as typed. */
    public record AlertForm(String email, String area, List<String> types) {

        public boolean wants(String code) {
            return types.contains(code);
        }
    }

    @CheckedTemplate(basePath = "portal/consultations", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance emailLink(Purpose purpose, LinkState state, String csrf, String token,
                String detail);

        static native TemplateInstance areaAlerts(String csrf, AlertForm form, List<LicenceTypeView> types,
                List<FormError> errors);

        static native TemplateInstance areaAlertSent(String email, String area);
    }

    @Inject
    LicensingClient licensing;

    @Context
    UriInfo uri;

    @GET
    @Path("representations/confirm")
    public Response representationLink(@QueryParam("token") String token, @CookieParam(PortalCookies.CSRF) String csrf) {
        return ask(Purpose.REPRESENTATION, token, csrf);
    }

    @POST
    @Path("representations/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirmRepresentation(@FormParam("token") String token, @FormParam("csrf") String formCsrf,
            @CookieParam(PortalCookies.CSRF) String cookieCsrf) {
        return use(Purpose.REPRESENTATION, token, formCsrf, cookieCsrf, () -> {
            var done = licensing.confirmRepresentation(new PublicRequests.Token(token));
            return done.reference();
        });
    }

    @GET
    @Path("area-alerts")
    public Response alertsPage(@CookieParam(PortalCookies.CSRF) String csrf) {
        String fresh = AnonymousForms.csrfOrNew(csrf);
        return AnonymousForms.page(Templates.areaAlerts(fresh, new AlertForm("", "", List.of()),
                ApiCalls.read(licensing::licenceTypes), List.of()), 200, fresh, uri);
    }

    @POST
    @Path("area-alerts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response subscribe(MultivaluedMap<String, String> posted, @CookieParam(PortalCookies.CSRF) String cookieCsrf) {
        String fresh = AnonymousForms.csrfOrNew(cookieCsrf);
        AlertForm form = new AlertForm(strip(posted.getFirst("email")), strip(posted.getFirst("area")),
                posted.get("licenceTypeCodes") == null ? List.of() : posted.get("licenceTypeCodes"));
        List<FormError> errors = new ArrayList<>();
        if (!PortalSessions.same(cookieCsrf, posted.getFirst("csrf"))) {
            errors.add(new FormError("email", "Your form expired. Check your answers and send them again"));
        } else {
            if (form.email().isEmpty() || !form.email().contains("@") || form.email().length() > 254) {
                errors.add(new FormError("email", "Enter an email address in the correct format, like name@example.com"));
            }
            if (form.area().isEmpty()) {
                errors.add(new FormError("area", "Enter a postcode district like B1 or a sector like B1 1"));
            }
        }
        if (errors.isEmpty()) {
            try {
                ApiCalls.read(() -> licensing.subscribe(new PublicRequests.AreaAlert(form.email(), form.area(),
                        form.types())));
                return AnonymousForms.page(Templates.areaAlertSent(form.email(), form.area()), 200, fresh, uri);
            } catch (ApiCalls.Refused refused) {
                for (FormError error : refused.errors("area")) {
                    errors.add("email".equals(error.field()) ? error
                            : new FormError("area", "Enter a postcode district like B1 or a sector like B1 1"));
                }
            }
        }
        return AnonymousForms.page(Templates.areaAlerts(fresh, form, ApiCalls.read(licensing::licenceTypes), errors),
                400, fresh, uri);
    }

    @GET
    @Path("area-alerts/confirm")
    public Response alertLink(@QueryParam("token") String token, @CookieParam(PortalCookies.CSRF) String csrf) {
        return ask(Purpose.ALERT, token, csrf);
    }

    @POST
    @Path("area-alerts/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirmAlert(@FormParam("token") String token, @FormParam("csrf") String formCsrf,
            @CookieParam(PortalCookies.CSRF) String cookieCsrf) {
        return use(Purpose.ALERT, token, formCsrf, cookieCsrf,
                () -> licensing.confirmAreaAlert(new PublicRequests.Token(token)).area());
    }

    @GET
    @Path("area-alerts/unsubscribe")
    public Response unsubscribeLink(@QueryParam("token") String token, @CookieParam(PortalCookies.CSRF) String csrf) {
        return ask(Purpose.UNSUBSCRIBE, token, csrf);
    }

    @POST
    @Path("area-alerts/unsubscribe")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unsubscribe(@FormParam("token") String token, @FormParam("csrf") String formCsrf,
            @CookieParam(PortalCookies.CSRF) String cookieCsrf) {
        return use(Purpose.UNSUBSCRIBE, token, formCsrf, cookieCsrf, () -> {
            licensing.unsubscribe(new PublicRequests.Token(token));
            return "";
        });
    }

    private Response ask(Purpose purpose, String token, String csrf) {
        String fresh = AnonymousForms.csrfOrNew(csrf);
        return AnonymousForms.page(Templates.emailLink(purpose, LinkState.ASK, fresh, strip(token), ""), 200, fresh,
                uri);
    }

    /** Presses the link's button: done, or the link is unknown (404) or refused (expired, consultation ended). */
    private Response use(Purpose purpose, String token, String formCsrf, String cookieCsrf,
            java.util.function.Supplier<String> call) {
        String fresh = AnonymousForms.csrfOrNew(cookieCsrf);
        if (!PortalSessions.same(cookieCsrf, formCsrf) || token == null || token.isBlank()) {
            return AnonymousForms.page(Templates.emailLink(purpose, LinkState.ASK, fresh, strip(token), ""), 200,
                    fresh, uri);
        }
        try {
            String detail = ApiCalls.read(call);
            return AnonymousForms.page(Templates.emailLink(purpose, LinkState.DONE, fresh, "", detail), 200, fresh,
                    uri);
        } catch (NotFoundException unknown) {
            return AnonymousForms.page(Templates.emailLink(purpose, LinkState.INVALID, fresh, "", ""), 400, fresh, uri);
        } catch (ApiCalls.Refused refused) {
            return AnonymousForms.page(Templates.emailLink(purpose, LinkState.INVALID, fresh, "",
                    refused.problem().detail()), 400, fresh, uri);
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
