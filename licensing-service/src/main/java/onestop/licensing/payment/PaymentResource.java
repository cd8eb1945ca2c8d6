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

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

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
    @APIResponse(responseCode = "201", description = "The payment started: send the payer to its nextUrl.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentView.class)))
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
