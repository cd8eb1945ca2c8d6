package onestop.gateway.portal;

import java.net.URI;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import onestop.gateway.account.SignOutEverywhere;
import onestop.gateway.portal.session.PortalCookies;

/** The account page's "Sign out everywhere": every portal session and API sign-in of the person ends. */
@Path("/account/sign-out-everywhere")
public class SignOutEverywherePage {

    @Inject
    PortalVisitor visitor;

    @Inject
    Event<SignOutEverywhere> signOutEverywhere;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOutEverywhere(@FormParam("csrf") String csrf) {
        signOutEverywhere.fire(new SignOutEverywhere(visitor.checkForm(csrf).account().id));
        return Response.seeOther(URI.create("/sign-in"))
                .cookie(PortalCookies.endSession(AnonymousForms.secure(uri))).build();
    }
}
