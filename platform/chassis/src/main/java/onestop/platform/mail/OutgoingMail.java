package onestop.platform.mail;

import java.util.UUID;

/**
 * One email on its way out: its outbox id (Notify's reference, which comes back on delivery receipts), its kind
 * (which names its Notify template), recipient and words.
 */
public record OutgoingMail(UUID id, String kind, String to, String subject, String body) {
}
