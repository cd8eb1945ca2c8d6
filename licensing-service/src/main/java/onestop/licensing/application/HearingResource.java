package onestop.licensing.application;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

import onestop.licensing.api.HearingView;
import onestop.licensing.api.OfficerRequests;
import onestop.platform.security.Roles;

/** The hearing on an application: the officer arranges, adjourns or dispenses with it; the applicant reads it. */
@Path("/api/licensing/applications/{id}/hearing")
@Produces(MediaType.APPLICATION_JSON)
public class HearingResource {

    @Inject
    HearingService service;

    @Inject
    ApplicationAccess access;

    @GET
    @RolesAllowed({ Roles.BUSINESS, Roles.LICENSING_OFFICER })
    public HearingView get(@PathParam("id") UUID id) {
        return service.find(id).view();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LICENSING_OFFICER)
    public RestResponse<HearingView> schedule(@PathParam("id") UUID id, @Valid @NotNull OfficerRequests.NewHearing request) {
        HearingView hearing = service.schedule(id, request, access.actor()).view();
        return RestResponse.ResponseBuilder.<HearingView>created(URI.create("/api/licensing/applications/" + id
                + "/hearing")).entity(hearing).build();
    }

    @POST
    @Path("/adjournment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LICENSING_OFFICER)
    public HearingView adjourn(@PathParam("id") UUID id, @Valid @NotNull OfficerRequests.NewHearing request) {
        return service.adjourn(id, request, access.actor()).view();
    }

    @POST
    @Path("/dispensation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LICENSING_OFFICER)
    public RestResponse<HearingView> dispense(@PathParam("id") UUID id,
            @Valid @NotNull OfficerRequests.HearingDispensation request) {
        HearingView hearing = service.dispense(id, request, access.actor()).view();
        return RestResponse.status(RestResponse.Status.CREATED, hearing);
    }
}
