package onestop.portal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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
 * A signed-in person changes their password, giving the current one. Every other session of theirs ends;
 * this browser gets a new session, so it stays signed in.
 */
@Path("/account/password")
@Produces(MediaType.TEXT_HTML)
public class PasswordPages {

    @Inject
    PortalVisitor visitor;

    @Inject
    AccountApi accounts;

    @Inject
    PortalSessions sessions;

    /** The page, type-checked against what it is given when the portal is built. */
    @CheckedTemplate(basePath = "portal", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance changePassword(List<FormError> errors);
    }

    @Context
    UriInfo uri;

    @GET
    public Response page() {
        visitor.required();
        return Response.ok(Templates.changePassword(List.of()).render(), AnonymousForms.HTML).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@FormParam("currentPassword") String current, @FormParam("password") String password,
            @FormParam("csrf") String csrf) {
        PortalSessions.SignedIn user = visitor.checkForm(csrf);
        List<FormError> errors = new ArrayList<>();
        if (current == null || current.isEmpty()) {
            errors.add(new FormError("currentPassword", "Enter your current password"));
        }
        if (password == null || password.isEmpty()) {
            errors.add(new FormError("password", "Enter a new password"));
        }
        if (errors.isEmpty()) {
            AccountApi.Changed changed = accounts.changePassword(sessions.accessToken(user), current, password);
            if (changed.tokens().isPresent()) {
                String session = sessions.replace(user, changed.tokens().get());
                return Response.seeOther(URI.create("/account?password=changed"))
                        .cookie(PortalCookies.session(session, AnonymousForms.secure(uri))).build();
            }
            changed.errors().forEach(error -> errors.add(error.field().equals("currentPassword")
                    ? new FormError("currentPassword", "Your current password is not right", error.code())
                    : new FormError("password", "Your new password " + error.message(), error.code())));
        }
        return Response.ok(Templates.changePassword(errors).render(), AnonymousForms.HTML).build();
    }
}
