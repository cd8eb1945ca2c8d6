package onestop.platform.mail;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;

/**
 * Mail through the {@code quarkus.mailer.*} server (or, while it is mocked, only logged). A mail server sends no
 * text message: one is refused for good (a service offers texts only through Notify:
 * {@link MailRoutes#textsAvailable()}).
 */
@ApplicationScoped
public class SmtpRoute implements MailRoute {

    @Inject
    ReactiveMailer mailer;

    @Inject
    MailConfig config;

    @Override
    public Optional<UUID> send(OutgoingMail mail) {
        if (mail.text()) {
            throw new MailRefused("A text message needs GOV.UK Notify (onestop.mail.route=notify)", true, null);
        }
        mailer.send(Mail.withText(mail.to(), mail.subject(), mail.body())).await().atMost(config.sendTimeout());
        return Optional.empty();
    }
}
