package onestop.standins.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * GOV.UK Notify's API v2, the part OneStop uses: send an email by template ({@code POST /v2/notifications/email}),
 * a text message by template ({@code POST /v2/notifications/sms}) and read a notification back
 * ({@code GET /v2/notifications/{id}}), with Notify's JWT check and error format.
 * The client's base URL is {@code http://<stand-ins>/notify}.
 */
@Path("/notify/v2/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotifyApi {

    @Inject
    SentMessages messages;

    @Inject
    NotifyReceiptSender receipts;

    @ConfigProperty(name = "standins.notify.api-key")
    String apiKey;

    Clock clock = Clock.systemUTC();

    public record EmailRequest(String email_address, String template_id, Map<String, Object> personalisation,
            String reference, String email_reply_to_id) {
    }

    @POST
    @Path("/email")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response sendEmail(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, EmailRequest request) {
        String refusal = NotifyKey.parse(apiKey).refusal(authorization, Instant.now(clock));
        if (refusal != null) {
            return error(403, "AuthError", refusal);
        }
        if (request == null || request.email_address() == null || !request.email_address().contains("@")) {
            return error(400, "ValidationError", "email_address Not a valid email address");
        }
        if (request.template_id() == null || !isUuid(request.template_id())) {
            return error(400, "ValidationError", "template_id is not a valid UUID");
        }
        SentMessage email = sent("email", request.email_address(), request.template_id(), request.personalisation(),
                request.reference());
        return Response.status(201).entity(created(email)).build();
    }

    public record SmsRequest(String phone_number, String template_id, Map<String, Object> personalisation,
            String reference, String sms_sender_id) {
    }

    @POST
    @Path("/sms")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response sendSms(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, SmsRequest request) {
        String refusal = NotifyKey.parse(apiKey).refusal(authorization, Instant.now(clock));
        if (refusal != null) {
            return error(403, "AuthError", refusal);
        }
        if (request == null || request.phone_number() == null || !isUkMobile(request.phone_number())) {
            return error(400, "ValidationError", "phone_number Not a UK mobile number");
        }
        if (request.template_id() == null || !isUuid(request.template_id())) {
            return error(400, "ValidationError", "template_id is not a valid UUID");
        }
        SentMessage text = sent("sms", request.phone_number(), request.template_id(), request.personalisation(),
                request.reference());
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("body", text.body());
        content.put("from_number", "GOVUK");
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", text.id.toString());
        answer.put("reference", text.reference);
        answer.put("content", content);
        answer.put("uri", "/notify/v2/notifications/" + text.id);
        answer.put("template", template(text));
        return Response.status(201).entity(answer).build();
    }

    // kept for the page and the lists, and its delivery receipt posted a moment later
    private SentMessage sent(String type, String to, String templateId, Map<String, Object> personalisation,
            String reference) {
        SentMessage message = new SentMessage(UUID.randomUUID(), type, reference, to, templateId,
                personalisation == null ? Map.of() : personalisation, Instant.now(clock));
        messages.add(message);
        receipts.later(message);
        return message;
    }

    // Notify takes UK mobiles written +447..., 447... or 07..., with spaces, dashes or brackets
    private static boolean isUkMobile(String number) {
        String digits = number.replaceAll("[\\s()-]", "");
        return digits.matches("(\\+?44|0)7[0-9]{9}");
    }

    @GET
    @Path("/{id}")
    public Response notification(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id) {
        String refusal = NotifyKey.parse(apiKey).refusal(authorization, Instant.now(clock));
        if (refusal != null) {
            return error(403, "AuthError", refusal);
        }
        return isUuid(id) ? messages.find(UUID.fromString(id)).map(email -> Response.ok(notification(email)).build())
                .orElseGet(() -> error(404, "NoResultFound", "No result found"))
                : error(400, "ValidationError", "notification_id is not a valid UUID");
    }

    private static Map<String, Object> created(SentMessage email) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("subject", email.subject());
        content.put("body", email.body());
        content.put("from_email", "onestop.local@notifications.service.gov.uk");
        content.put("one_click_unsubscribe_url", null);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", email.id.toString());
        answer.put("reference", email.reference);
        answer.put("content", content);
        answer.put("uri", "/notify/v2/notifications/" + email.id);
        answer.put("template", template(email));
        return answer;
    }

    static Map<String, Object> notification(SentMessage email) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", email.id.toString());
        answer.put("reference", email.reference);
        answer.put(email.text() ? "phone_number" : "email_address", email.to);
        answer.put("type", email.type);
        answer.put("status", email.status);
        answer.put("template", template(email));
        answer.put("body", email.body());
        answer.put("subject", email.text() ? null : email.subject());
        answer.put("personalisation", email.personalisation);
        answer.put("created_at", email.createdAt.toString());
        answer.put("completed_at", email.completedAt == null ? null : email.completedAt.toString());
        return answer;
    }

    private static Map<String, Object> template(SentMessage email) {
        return Map.of("id", email.templateId, "version", 1, "uri", "/notify/v2/template/" + email.templateId);
    }

    static Response error(int status, String error, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("status_code", status,
                "errors", List.of(Map.of("error", error, "message", message)))).build();
    }

    private static boolean isUuid(String text) {
        try {
            UUID.fromString(text);
            return text.length() == 36;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
