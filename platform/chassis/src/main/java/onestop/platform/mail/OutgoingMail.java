package onestop.platform.mail;

import java.util.UUID;

/**
 * One email or text message on its way out: its outbox id (Notify's reference, which comes back on delivery
 * receipts), its kind (which names its Notify template), recipient (an address, or a mobile number for a text) and
 * words (a text has no subject).
 */
public record OutgoingMail(UUID id, String kind, String to, String subject, String body, boolean text) {
}
