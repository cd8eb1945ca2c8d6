package onestop.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;

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

    /** Whether text messages can be sent: only through Notify, with a text message template. */
    public boolean textsAvailable() {
        return isNotify() && config.govukNotify().textTemplate().filter(id -> !id.isBlank()).isPresent();
    }
}
