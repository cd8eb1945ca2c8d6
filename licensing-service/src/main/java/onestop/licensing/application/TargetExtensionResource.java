package onestop.licensing.application;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

import onestop.licensing.api.ApplicationView;
import onestop.licensing.api.OfficerRequests;
import onestop.platform.security.Roles;

/** An officer extends an application's target period, once, with reasons. */
@Path("/api/licensing/applications/{id}/target-extension")
@Produces(MediaType.APPLICATION_JSON)
public class TargetExtensionResource {

    @Inject
    TargetExtensions extensions;

    @Inject
    ApplicationAccess access;

    @Inject
    ApplicationResource applications;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LICENSING_OFFICER)
    public RestResponse<ApplicationView> extend(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull OfficerRequests.TargetExtension request) {
        extensions.extend(id, ifMatch, request, access.actor());
        // the application as it now reads, with its new version as the ETag
        return applications.get(id);
    }
}
