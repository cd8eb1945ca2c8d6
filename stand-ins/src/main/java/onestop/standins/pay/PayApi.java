package onestop.standins.pay;

import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * GOV.UK Pay's public API, the part a council service uses: create a payment, get its state, cancel it,
 * refund it (https://docs.payments.service.gov.uk/api_reference/). Under {@code /pay}, so that a service's
 * Pay base URL is {@code http://127.0.0.1:8095/pay} where the real one is
 * {@code https://publicapi.payments.service.gov.uk}.
 */
@Path("/pay/v1/payments")
@Produces(MediaType.APPLICATION_JSON)
public class PayApi {

    /** Pay refuses an amount over £100,000. */
    static final long MAX_AMOUNT = 10_000_000;

    @Inject
    PayLedger ledger;

    @Inject
    PayConfig config;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@HeaderParam("Authorization") String authorization, JsonNode body) {
        if (!authorised(authorization)) {
            return unauthorised();
        }
        if (body == null || !body.isObject()) {
            return Response.status(400).entity(PayJson.error("P0197", "Unable to parse JSON")).build();
        }
        for (String field : new String[] {"amount", "reference", "description", "return_url"}) {
            if (!body.hasNonNull(field)) {
                return Response.status(400).entity(PayJson.fieldError(field, "P0101",
                        "Missing mandatory attribute: " + field)).build();
            }
        }
        JsonNode amount = body.get("amount");
        if (!amount.canConvertToLong() || !amount.isIntegralNumber() || amount.asLong() < 0
                || amount.asLong() > MAX_AMOUNT) {
            return Response.status(422).entity(PayJson.fieldError("amount", "P0102",
                    "Invalid attribute value: amount. Must be less than or equal to " + MAX_AMOUNT)).build();
        }
        String returnUrl = body.get("return_url").asText();
        if (!returnUrl.startsWith("https://") && !returnUrl.startsWith("http://")) {
            return Response.status(422).entity(PayJson.fieldError("return_url", "P0102",
                    "Invalid attribute value: return_url. Must be a valid URL format")).build();
        }
        PayPayment payment = ledger.create(amount.asLong(), body.get("reference").asText(),
                body.get("description").asText(), returnUrl);
        return Response.status(201).header("Location", config.publicUrl() + "/pay/v1/payments/" + payment.paymentId)
                .entity(PayJson.payment(payment, config.publicUrl())).build();
    }

    @GET
    @Path("{id}")
    public Response get(@HeaderParam("Authorization") String authorization, @PathParam("id") String id) {
        if (!authorised(authorization)) {
            return unauthorised();
        }
        return ledger.find(id).map(p -> Response.ok(PayJson.payment(p, config.publicUrl())).build())
                .orElseGet(PayApi::notFound);
    }

    @POST
    @Path("{id}/cancel")
    public Response cancel(@HeaderParam("Authorization") String authorization, @PathParam("id") String id) {
        if (!authorised(authorization)) {
            return unauthorised();
        }
        Optional<PayPayment> payment = ledger.find(id);
        if (payment.isEmpty()) {
            return notFound();
        }
        if (!ledger.cancelledByService(payment.get())) {
            return Response.status(400).entity(PayJson.error("P0501", "Cancellation of payment failed")).build();
        }
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/refunds")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response refund(@HeaderParam("Authorization") String authorization, @PathParam("id") String id,
            JsonNode body) {
        if (!authorised(authorization)) {
            return unauthorised();
        }
        Optional<PayPayment> payment = ledger.find(id);
        if (payment.isEmpty()) {
            return notFound();
        }
        if (body == null || !body.hasNonNull("amount") || !body.get("amount").canConvertToLong()) {
            return Response.status(400).entity(PayJson.fieldError("amount", "P0601",
                    "Missing mandatory attribute: amount")).build();
        }
        return ledger.refund(payment.get(), body.get("amount").asLong())
                .map(r -> Response.status(202).entity(PayJson.refund(payment.get(), r, config.publicUrl())).build())
                .orElseGet(() -> Response.status(412).entity(PayJson.error("P0604", "Refund not available"))
                        .build());
    }

    private boolean authorised(String authorization) {
        return authorization != null && authorization.equals("Bearer " + config.apiKey());
    }

    private static Response unauthorised() {
        return Response.status(401).entity(Map.of("code", "P0920", "description", "Credentials are required"))
                .build();
    }

    private static Response notFound() {
        return Response.status(404).entity(PayJson.error("P0200", "Not found")).build();
    }
}
