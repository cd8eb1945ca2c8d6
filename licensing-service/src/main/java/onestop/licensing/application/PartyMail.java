package onestop.licensing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import onestop.licensing.api.OfficerRequests;
import onestop.platform.mail.MailOutbox;

/**
 * Emails the parties to a hearing other than the applicant: the makers of relevant representations not withdrawn,
 * at the email a member of the public confirmed or the sign-in email of the authority's officer, and the officers
 * who objected to a temporary event notice (s.105(3): the police hear the decision too). The applicant
 * is told through their inbox and its email (the events); a party recorded from a letter is written to by the
 * team. Each mail is queued in the transaction of the change it tells of.
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
        for (Objection objection : Objection.<Objection>list("applicationId = ?1 order by madeAt", application.id)) {
            if (objection.email != null && !objection.email.isBlank()) {
                outbox.queue(objection.email, subject, text);
                sent++;
            }
        }
        return sent;
    }

    /** The decision after a hearing, its reasons, conditions and the appeal deadline ({@code appeal}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int decided(Application application, OfficerRequests.Decision decision, String appeal) {
        String conditions = application.conditions == null || application.conditions.isEmpty() ? ""
                : " Conditions: " + String.join("; ", application.conditions) + ".";
        String excluded = application.excludedActivities == null || application.excludedActivities.isEmpty() ? ""
                : " Excluded activities: " + String.join(", ", application.excludedActivities) + ".";
        return toParties(application, "Decision on licence application " + application.reference,
                "The licensing authority has decided application " + application.reference + ": "
                        + decision.outcome().name().toLowerCase().replace('_', ' ') + "." + conditions + excluded
                        + " Reasons: " + decision.reasons() + appeal);
    }
}
