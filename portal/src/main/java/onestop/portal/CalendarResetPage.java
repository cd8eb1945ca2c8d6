package onestop.portal;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import onestop.gateway.api.GatewayClient;
import onestop.portal.session.PortalSessions;

/**
 * The account page's "Reset your calendar address": a new private feed address; the old one stops working, for a
 * person who shared it by mistake. Back on the account page, a banner says so and shows the new address.
 */
@Path("/account/calendar/reset")
public class CalendarResetPage {

    @Inject
    PortalVisitor visitor;

    @Inject
    PortalSessions sessions;

    @Inject
    GatewayClient gateway;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reset(@FormParam("csrf") String csrf) {
        String authorization = "Bearer " + sessions.accessToken(visitor.checkForm(csrf));
        ApiCalls.read(() -> gateway.resetCalendar(authorization));
        return Response.seeOther(URI.create("/account?calendar=reset#calendar")).build();
    }
}
