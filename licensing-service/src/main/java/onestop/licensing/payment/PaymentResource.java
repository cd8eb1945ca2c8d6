package onestop.licensing.payment;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import onestop.licensing.api.PaymentView;
import onestop.licensing.application.ApplicationAccess;
import onestop.platform.security.Roles;

/**
 * The applicant pays the application fee through GOV.UK Pay: {@code POST} creates a payment and answers where to
 * send the payer ({@code nextUrl}); {@code GET} answers its state, asking Pay first.
 */
@Path("/api/licensing/applications/{id}/payment")
public class PaymentResource {

    @Inject
    PaymentService payments;

    @Inject
    ApplicationAccess access;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BUSINESS)
    public Response start(@PathParam("id") UUID id) {
        PaymentView payment = payments.start(id, access.actor());
        return Response.created(URI.create("/api/licensing/applications/" + id + "/payment")).entity(payment).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BUSINESS, Roles.LICENSING_OFFICER})
    public PaymentView current(@PathParam("id") UUID id) {
        return payments.current(id);
    }
}
