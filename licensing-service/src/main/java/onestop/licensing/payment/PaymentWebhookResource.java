package onestop.licensing.payment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import onestop.platform.problem.InvalidInput;

/**
 * GOV.UK Pay's webhooks: the news of a payment for payers who never come back. Public (Pay holds no token), so
 * the {@code Pay-Signature} header (HMAC-SHA256, hex, of the body under the council's webhook signing secret) is
 * checked before anything is read; a message that does not match is refused (401) and changes nothing. A message
 * about a payment this service did not create is acknowledged and ignored, so that Pay does not send it again.
 */
@Path("/api/licensing/payments/webhooks")
public class PaymentWebhookResource {

    private static final Logger LOG = Logger.getLogger(PaymentWebhookResource.class);

    @Inject
    PayConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    PaymentSettlement settlement;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Response receive(@HeaderParam("Pay-Signature") String signature, String body) {
        if (signature == null || !matches(signature, sign(body == null ? "" : body, config.webhookSecret()))) {
            throw new WebhookRefused("The Pay-Signature header does not match the message.");
        }
        PayMessages.Webhook message;
        try {
            message = json.readValue(body, PayMessages.Webhook.class);
        } catch (JsonProcessingException e) {
            throw new InvalidInput("The webhook message is not a GOV.UK Pay message.");
        }
        if (!"payment".equals(message.resourceType()) || message.resource() == null) {
            return Response.ok().build();
        }
        Payment payment = Payment.byPayId(message.resourceId());
        if (payment == null) {
            LOG.infof("Ignored a webhook (%s) about payment %s, which this service did not create",
                    message.eventType(), message.resourceId());
            return Response.ok().build();
        }
        settlement.apply(payment.id, message.resource());
        return Response.ok().build();
    }

    static String sign(String body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** In constant time, so that the answer's timing gives nothing of the signature away. */
    private static boolean matches(String given, String expected) {
        return MessageDigest.isEqual(given.trim().toLowerCase().getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}
