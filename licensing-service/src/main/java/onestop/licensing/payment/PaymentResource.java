package onestop.licensing.payment;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import onestop.licensing.api.PaymentView;
import onestop.licensing.application.ApplicationAccess;
import onestop.platform.security.Roles;

/** The applicant pays the application fee. */
@Path("/api/licensing/applications/{id}/payment")
public class PaymentResource {

    @Inject
    PaymentService payments;

    @Inject
    ApplicationAccess access;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BUSINESS)
    public PaymentView pay(@PathParam("id") UUID id) {
        return payments.pay(id, access.actor());
    }
}
