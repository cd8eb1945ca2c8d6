package onestop.platform.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotAuthorizedException;

import org.jboss.logging.Logger;

/**
 * Records GOV.UK Notify's delivery receipts on the mail outbox. Each service that sends mail answers Notify's
 * callback on a route of its own ({@code POST /api/<service>/mail/notify-receipts}) and hands the receipt here;
 * the bearer token must be {@code onestop.mail.notify.callback-token}, else nothing is recorded (401).
 */
@ApplicationScoped
public class NotifyReceipts {

    private static final Logger LOG = Logger.getLogger(NotifyReceipts.class);

    @Inject
    EntityManager em;

    @Inject
    MailConfig config;

    /**
     * Records a receipt; a receipt of a notification this service does not know is ignored (Notify would only
     * retry it).
     *
     * @param authorization the request's {@code Authorization} header
     * @return whether a mail had this notification
     * @throws NotAuthorizedException when the bearer token is not the callback token (or none is set)
     */
    @Transactional
    public boolean record(String authorization, NotifyReceipt receipt) {
        if (!authorized(authorization)) {
            throw new NotAuthorizedException("Bearer");
        }
        Optional<UUID> notification = uuid(receipt.id());
        Optional<UUID> reference = uuid(receipt.reference());
        if (receipt.status() == null || notification.isEmpty() && reference.isEmpty()) {
            return false;
        }
        // by our reference first: the receipt may arrive before the relay recorded Notify's id
        int updated = em.createNativeQuery("""
                update mail_outbox set delivery_status = ?1, delivered_at = ?2, notify_id = coalesce(notify_id, ?3)
                where id = ?4 or notify_id = ?3""")
                .setParameter(1, receipt.status())
                .setParameter(2, receipt.completedAt())
                .setParameter(3, notification.orElse(null))
                .setParameter(4, reference.orElse(null))
                .executeUpdate();
        if (updated == 0) {
            // another service's email: the local stand-in sends every receipt to every service's callback
            LOG.debugf("Notify receipt for unknown notification %s ignored", receipt.id());
        } else if (!"delivered".equals(receipt.status())) {
            LOG.warnf("Notify could not deliver notification %s: %s", receipt.id(), receipt.status());
        }
        return updated > 0;
    }

    private boolean authorized(String authorization) {
        Optional<String> token = config.govukNotify().callbackToken().filter(value -> !value.isBlank());
        if (token.isEmpty() || authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(token.get().getBytes(StandardCharsets.UTF_8),
                authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
