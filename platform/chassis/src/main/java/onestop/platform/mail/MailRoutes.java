package onestop.platform.mail;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/** The route {@code onestop.mail.route} names; a Notify route without its API key stops the service at start. */
@ApplicationScoped
public class MailRoutes {

    @Inject
    MailConfig config;

    @Inject
    SmtpRoute smtp;

    @Inject
    NotifyRoute notify;

    void check(@Observes StartupEvent start) {
        current();
        if (isNotify() && config.govukNotify().apiKey().isEmpty()) {
            throw new IllegalStateException("onestop.mail.route=notify needs onestop.mail.notify.api-key (ONESTOP_NOTIFY_API_KEY)");
        }
    }

    public MailRoute current() {
        return switch (config.route()) {
            case "smtp" -> smtp;
            case "notify" -> notify;
            default -> throw new IllegalStateException(
                    "onestop.mail.route must be smtp or notify, not '" + config.route() + "'");
        };
    }

    public boolean isNotify() {
        return "notify".equals(config.route());
    }

    /**
     * Sends a mail that has no outbox row (the gateway's account and notification emails, sent after their
     * transaction commits) through GOV.UK Notify, on a worker thread, retried twice; the caller logs a failure.
     */
    public Uni<Optional<UUID>> sendThroughNotify(String kind, String to, String subject, String body) {
        return Uni.createFrom().item(() -> notify.send(new OutgoingMail(UUID.randomUUID(), kind, to, subject, body)))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure(failure -> !(failure instanceof MailRoute.MailRefused refused && refused.permanent()))
                .retry().atMost(2);
    }
}
