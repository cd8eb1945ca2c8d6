package onestop.licensing.consultation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import onestop.licensing.api.ConsultationView;
import onestop.licensing.api.PublicRequests;
import onestop.licensing.application.Application;
import onestop.licensing.application.Representation;
import onestop.licensing.application.Representations;
import onestop.platform.mail.MailOutbox;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.NotFound;
import onestop.platform.problem.Problem;
import onestop.platform.problem.RuleViolation;

/**
 * Representations from members of the public, who have no account: made on a consultation the public can see,
 * held until the person confirms their email by the link sent to them, and only then a representation.
 */
@ApplicationScoped
public class PublicRepresentations {

    @Inject
    Clock clock;

    @Inject
    ConsultationSearch consultations;

    @Inject
    Representations representations;

    @Inject
    MailOutbox mail;

    /** Holds the representation and emails the link that confirms it; refused once the consultation has ended. */
    @Transactional
    public void make(UUID applicationId, PublicRequests.Representation request) {
        ConsultationView consultation = consultations.get(applicationId)
                .orElseThrow(() -> new NotFound("There is no consultation " + applicationId + "."));
        Application application = Application.findById(applicationId);
        Instant now = Instant.now(clock);
        application.checkOpenForRepresentations(now);
        String token = EmailTokens.newToken();
        PendingRepresentation pending = new PendingRepresentation();
        pending.id = UUID.randomUUID();
        pending.applicationId = applicationId;
        pending.from = request.name().strip();
        pending.email = request.email().strip();
        pending.address = request.address().strip();
        pending.objectives = List.copyOf(request.objectives());
        pending.grounds = request.grounds().strip();
        pending.tokenHash = EmailTokens.hash(token);
        pending.madeAt = now;
        pending.expiresAt = now.plus(EmailTokens.CONFIRM_WITHIN);
        pending.persist();
        mail.queue("representation-confirm", pending.email, "Confirm your representation on " + consultation.reference(), """
                You made a representation on licence application %s (%s, %s).

                It counts only once you confirm this email address. Open this link and press "Confirm":
                %s

                The link works for %d days and only while the consultation runs (until %s).
                If you did not make this representation, ignore this email: nothing will be recorded.
                """.formatted(consultation.reference(), consultation.licenceTypeName(),
                consultation.premises().postcode(),
                mail.link("/licensing/representations/confirm?token=" + token), EmailTokens.CONFIRM_WITHIN.toDays(),
                consultation.representationsUntil()));
    }

    /**
     * Confirms the representation the token was sent for: 404 for an unknown token, 422 once the link or the
     * consultation has ended. Confirming twice answers the same.
     */
    @Transactional
    public PublicRequests.RepresentationConfirmed confirm(String token) {
        PendingRepresentation pending = PendingRepresentation.byToken(token);
        if (pending == null) {
            throw new NotFound("This confirmation link is not valid.",
                    List.of(new Problem.FieldError("token", FieldCodes.UNKNOWN, "is not a confirmation link")));
        }
        Application application = Application.findById(pending.applicationId);
        if (pending.representationId == null) {
            Instant now = Instant.now(clock);
            if (!now.isBefore(pending.expiresAt)) {
                throw new RuleViolation("This confirmation link expired at " + pending.expiresAt + ".",
                        List.of(new Problem.FieldError("token", FieldCodes.INVALID, "has expired")));
            }
            Representation representation = representations.fromPublic(application, pending.from, pending.email,
                    pending.address, pending.objectives, pending.grounds);
            pending.representationId = representation.id;
        }
        return new PublicRequests.RepresentationConfirmed(application.id, application.reference);
    }
}
