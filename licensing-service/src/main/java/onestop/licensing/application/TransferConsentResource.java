package onestop.licensing.application;

import java.util.List;
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

import onestop.licensing.api.ConsentAnswer;
import onestop.licensing.api.TransferRequestView;
import onestop.platform.security.Caller;
import onestop.platform.security.Roles;

/** The current holder's side of a transfer: the transfers of its licences, and its consent to each. */
@Path("/api/licensing/transfer-consents")
@Produces(MediaType.APPLICATION_JSON)
public class TransferConsentResource {

    @Inject
    Transfers transfers;

    @Inject
    ApplicationAccess access;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed(Roles.BUSINESS)
    public List<TransferRequestView> list() {
        return transfers.forHolder(caller.requireBusinessId());
    }

    @POST
    @Path("/{applicationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BUSINESS)
    public TransferRequestView answer(@PathParam("applicationId") UUID applicationId,
            @Valid @NotNull ConsentAnswer answer) {
        return transfers.answer(applicationId, caller.requireBusinessId(), answer.consent(), access.actor());
    }
}
