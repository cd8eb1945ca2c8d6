package onestop.standins.notify;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An email or text message the stand-in was asked to send, and its delivery status as Notify would report it;
 * {@code to} is the address, or the phone number of a text.
 */
final class SentMessage {

    final UUID id;
    /** Notify's notification type: {@code email} or {@code sms}. */
    final String type;
    final String reference;
    final String to;
    final String templateId;
    final Map<String, Object> personalisation;
    final Instant createdAt;
    volatile String status = "sending";
    volatile Instant completedAt;

    SentMessage(UUID id, String type, String reference, String to, String templateId,
            Map<String, Object> personalisation, Instant createdAt) {
        this.id = id;
        this.type = type;
        this.reference = reference;
        this.to = to;
        this.templateId = templateId;
        this.personalisation = Map.copyOf(personalisation);
        this.createdAt = createdAt;
    }

    /** OneStop's templates are {@code ((subject))} and {@code ((body))}; another template shows its fields. */
    String subject() {
        Object subject = personalisation.get("subject");
        return subject == null ? "Template " + templateId : subject.toString();
    }

    String body() {
        Object body = personalisation.get("body");
        if (body != null) {
            return body.toString();
        }
        StringBuilder fields = new StringBuilder();
        personalisation.forEach((key, value) -> fields.append(key).append(": ").append(value).append('\n'));
        return fields.toString();
    }

    boolean text() {
        return "sms".equals(type);
    }

    /**
     * The status Notify's simulated addresses and numbers give (docs: "Test" in Notify's API documentation); every
     * other address or number is delivered.
     */
    String finalStatus() {
        return switch (to.toLowerCase(java.util.Locale.ROOT)) {
            case "temp-fail@simulator.notify", "07700900003", "+447700900003" -> "temporary-failure";
            case "perm-fail@simulator.notify", "07700900002", "+447700900002" -> "permanent-failure";
            default -> "delivered";
        };
    }
}
