package onestop.licensing.alert;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

import onestop.licensing.api.PublicRequests;

/** Area alerts: anyone subscribes with an email, confirms by the emailed link and unsubscribes with one click. */
@Path("/api/licensing/area-alerts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AreaAlertResource {

    @Inject
    AreaAlerts alerts;

    /** 202: nothing is sent until the subscription is confirmed by the link emailed now. */
    @POST
    @PermitAll
    public RestResponse<PublicRequests.CheckYourEmail> subscribe(@Valid @NotNull PublicRequests.AreaAlert request) {
        alerts.subscribe(request);
        return RestResponse.status(RestResponse.Status.ACCEPTED, new PublicRequests.CheckYourEmail(
                "We have emailed you a link. Alerts start once you open it and confirm."));
    }

    @POST
    @Path("/confirmations")
    @PermitAll
    public PublicRequests.AreaAlertConfirmed confirm(@Valid @NotNull PublicRequests.Token request) {
        return alerts.confirm(request.token());
    }

    @POST
    @Path("/unsubscribe")
    @PermitAll
    public RestResponse<Void> unsubscribe(@Valid @NotNull PublicRequests.Token request) {
        alerts.unsubscribe(request.token());
        return RestResponse.noContent();
    }
}
