package onestop.platform.mail;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;
import uk.gov.service.notify.SendEmailResponse;
import uk.gov.service.notify.SendSmsResponse;

/**
 * Mail through GOV.UK Notify's official client: by the template of the mail's kind, with the subject and body as
 * its personalisation, and the outbox id as its reference (so a delivery receipt finds its row even if it comes
 * back before the relay recorded Notify's id). A text message goes by the text template, its body the
 * personalisation {@code body}.
 */
@ApplicationScoped
public class NotifyRoute implements MailRoute {

    @Inject
    MailConfig config;

    private volatile NotificationClient client;

    @Override
    public Optional<UUID> send(OutgoingMail mail) {
        if (mail.text()) {
            return text(mail);
        }
        String template = template(mail.kind());
        try {
            SendEmailResponse response = client().sendEmail(template, mail.to(),
                    Map.of("subject", mail.subject(), "body", mail.body()), mail.id().toString());
            return Optional.of(response.getNotificationId());
        } catch (NotificationClientException e) {
            throw new MailRefused("Notify answered " + e.getHttpResult() + ": " + e.getMessage(),
                    permanent(e.getHttpResult()), e);
        }
    }

    private Optional<UUID> text(OutgoingMail mail) {
        String template = config.govukNotify().textTemplate().orElseThrow(() -> new IllegalStateException(
                "No Notify template for text messages: set onestop.mail.notify.text-template"));
        try {
            SendSmsResponse response = client().sendSms(template, mail.to(), Map.of("body", mail.body()),
                    mail.id().toString());
            return Optional.of(response.getNotificationId());
        } catch (NotificationClientException e) {
            throw new MailRefused("Notify answered " + e.getHttpResult() + ": " + e.getMessage(),
                    permanent(e.getHttpResult()), e);
        }
    }

    /** Notify's 400 (bad address, unknown template), 403 (bad key) will fail the same way; 429 and 5xx may not. */
    static boolean permanent(int status) {
        return status == 400 || status == 403;
    }

    String template(String kind) {
        MailConfig.Notify notify = config.govukNotify();
        String id = notify.templates().get(kind);
        if (id != null) {
            return id;
        }
        // a setting that is missing is not the mail's fault: it waits (and is retried) until it is set
        return notify.defaultTemplate().orElseThrow(() -> new IllegalStateException(
                "No Notify template for mail of kind '" + kind + "': set onestop.mail.notify.templates." + kind
                        + " or onestop.mail.notify.default-template"));
    }

    private NotificationClient client() {
        NotificationClient current = client;
        if (current == null) {
            String key = config.govukNotify().apiKey().orElseThrow(() -> new IllegalStateException(
                    "onestop.mail.route is notify but onestop.mail.notify.api-key is not set"));
            current = new NotificationClient(key, config.govukNotify().baseUrl());
            client = current;
        }
        return current;
    }
}
