package onestop.standins.notify;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An email the stand-in was asked to send, and its delivery status as Notify would report it. */
final class SentEmail {

    final UUID id;
    final String reference;
    final String to;
    final String templateId;
    final Map<String, Object> personalisation;
    final Instant createdAt;
    volatile String status = "sending";
    volatile Instant completedAt;

    SentEmail(UUID id, String reference, String to, String templateId, Map<String, Object> personalisation,
            Instant createdAt) {
        this.id = id;
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

    /**
     * The status Notify's simulated addresses give (docs: "Test" in Notify's API documentation); every other
     * address is delivered.
     */
    String finalStatus() {
        return switch (to.toLowerCase(java.util.Locale.ROOT)) {
            case "temp-fail@simulator.notify" -> "temporary-failure";
            case "perm-fail@simulator.notify" -> "permanent-failure";
            default -> "delivered";
        };
    }
}
