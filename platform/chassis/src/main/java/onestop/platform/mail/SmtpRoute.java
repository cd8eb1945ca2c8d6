package onestop.platform.mail;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;

/** Mail through the {@code quarkus.mailer.*} server (or, while it is mocked, only logged). */
@ApplicationScoped
public class SmtpRoute implements MailRoute {

    @Inject
    ReactiveMailer mailer;

    @Inject
    MailConfig config;

    @Override
    public Optional<UUID> send(OutgoingMail mail) {
        mailer.send(Mail.withText(mail.to(), mail.subject(), mail.body())).await().atMost(config.sendTimeout());
        return Optional.empty();
    }
}
