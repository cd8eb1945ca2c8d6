package onestop.licensing.payment;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * GOV.UK Pay's public API (https://docs.payments.service.gov.uk/api_reference/), the calls OneStop makes. The
 * base URL is {@code licensing.pay.base-url} (https://publicapi.payments.service.gov.uk, or the local stand-in);
 * every call carries the council's API key as a bearer token. A refusal by Pay (4xx, 5xx) arrives as a
 * {@link jakarta.ws.rs.WebApplicationException}, an unreachable Pay as a {@link jakarta.ws.rs.ProcessingException}.
 */
@RegisterRestClient(configKey = "gov-uk-pay")
@Path("/v1/payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface GovUkPay {

    @POST
    PayMessages.Payment create(@HeaderParam("Authorization") String bearer, PayMessages.CreatePayment request);

    @GET
    @Path("{paymentId}")
    PayMessages.Payment get(@HeaderParam("Authorization") String bearer, @PathParam("paymentId") String paymentId);

    /** Ends a payment its payer has not finished (Pay answers 204; 400 when it has finished). */
    @POST
    @Path("{paymentId}/cancel")
    void cancel(@HeaderParam("Authorization") String bearer, @PathParam("paymentId") String paymentId);

    @POST
    @Path("{paymentId}/refunds")
    PayMessages.Refund refund(@HeaderParam("Authorization") String bearer, @PathParam("paymentId") String paymentId,
            PayMessages.RefundRequest request);
}
