package onestop.portal;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import onestop.portal.api.AccountApi;
import onestop.portal.session.PortalCookies;
import onestop.portal.session.PortalSessions;

/** The account page's "Sign out everywhere": every portal session and API sign-in of the person ends. */
@Path("/account/sign-out-everywhere")
public class SignOutEverywherePage {

    @Inject
    PortalVisitor visitor;

    @Inject
    AccountApi accounts;

    @Inject
    PortalSessions sessions;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOutEverywhere(@FormParam("csrf") String csrf) {
        PortalSessions.SignedIn user = visitor.checkForm(csrf);
        accounts.signOutEverywhere(sessions.accessToken(user));
        sessions.closeHere(user);
        return Response.seeOther(URI.create("/sign-in"))
                .cookie(PortalCookies.endSession(AnonymousForms.secure(uri))).build();
    }
}
