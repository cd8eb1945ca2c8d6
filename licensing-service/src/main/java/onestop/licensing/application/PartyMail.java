package onestop.licensing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import onestop.platform.mail.MailOutbox;

/**
 * Emails the parties to a hearing who gave an address: the makers of relevant representations not withdrawn.
 * The applicant is told through their inbox (the events); a party without an email is written to by the team.
 */
@ApplicationScoped
public class PartyMail {

    @Inject
    MailOutbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public int toParties(Application application, String subject, String text) {
        int sent = 0;
        for (Representation representation : Representation.of(application.id)) {
            if (representation.counts() && representation.contactEmail().isPresent()) {
                outbox.queue(representation.contactEmail().get(), subject, text);
                sent++;
            }
        }
        return sent;
    }
}
