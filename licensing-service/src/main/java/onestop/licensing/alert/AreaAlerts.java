package onestop.licensing.alert;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import onestop.licensing.api.PublicRequests;
import onestop.licensing.application.ConsultationOpened;
import onestop.licensing.catalogue.LicenceType;
import onestop.licensing.consultation.EmailTokens;
import onestop.licensing.consultation.PostcodeArea;
import onestop.platform.mail.MailOutbox;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.NotFound;
import onestop.platform.problem.Problem;
import onestop.platform.problem.RuleViolation;
import onestop.platform.time.WorkingDayCalendar;

/**
 * Area alerts: subscribe (a confirmation email), confirm, unsubscribe (one click, a token in every alert), and one
 * email per confirmed subscription matching each application whose consultation opens, queued in the transaction
 * that opens it.
 */
@ApplicationScoped
public class AreaAlerts {

    /** The last day for representations, as the email names it: "Thursday 1 July 2027". */
    private static final DateTimeFormatter LAST_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    @Inject
    Clock clock;

    @Inject
    MailOutbox mail;

    @Inject
    EntityManager em;

    /** Records the subscription, unconfirmed, and emails the link that confirms it. */
    @Transactional
    public void subscribe(PublicRequests.AreaAlert request) {
        PostcodeArea area = PostcodeArea.parse(request.area(), "area");
        List<String> types = request.licenceTypeCodes() == null ? List.of()
                : request.licenceTypeCodes().stream().map(String::strip).distinct().sorted().toList();
        for (int i = 0; i < types.size(); i++) {
            if (LicenceType.findById(types.get(i)) == null) {
                throw new InvalidInput("Unknown licence type " + types.get(i) + ".", List.of(new Problem.FieldError(
                        "licenceTypeCodes[" + i + "]", FieldCodes.UNKNOWN, "is not a licence type")));
            }
        }
        Instant now = Instant.now(clock);
        String token = EmailTokens.newToken();
        AreaAlert alert = new AreaAlert();
        alert.id = UUID.randomUUID();
        alert.email = request.email().strip();
        alert.outward = area.outward();
        alert.sector = area.sector();
        alert.licenceTypes = types;
        alert.tokenHash = EmailTokens.hash(token);
        alert.tokenExpiresAt = now.plus(EmailTokens.CONFIRM_WITHIN);
        alert.createdAt = now;
        alert.persist();
        mail.queue("area-alert-confirm", alert.email, "Confirm your licensing alerts for " + area.text(), """
                You asked to be emailed about new licence applications open for comment in %s%s.

                Open this link and press "Confirm" to start them:
                %s

                The link works for %d days. If you did not ask for this, ignore this email: nothing will be sent.
                """.formatted(area.text(), types.isEmpty() ? "" : " (" + String.join(", ", types) + ")",
                mail.link("/licensing/area-alerts/confirm?token=" + token), EmailTokens.CONFIRM_WITHIN.toDays()));
    }

    /** Starts the alerts the token was sent for: 404 for an unknown or used token, 422 once it has expired. */
    @Transactional
    public PublicRequests.AreaAlertConfirmed confirm(String token) {
        AreaAlert alert = AreaAlert.find("tokenHash", EmailTokens.hash(token)).firstResult();
        if (alert == null) {
            throw new NotFound("This confirmation link is not valid or has been used.",
                    List.of(new Problem.FieldError("token", FieldCodes.UNKNOWN, "is not a confirmation link")));
        }
        Instant now = Instant.now(clock);
        if (!now.isBefore(alert.tokenExpiresAt)) {
            throw new RuleViolation("This confirmation link expired at " + alert.tokenExpiresAt + ".",
                    List.of(new Problem.FieldError("token", FieldCodes.INVALID, "has expired")));
        }
        alert.confirmedAt = now;
        alert.tokenHash = null;
        return new PublicRequests.AreaAlertConfirmed(new PostcodeArea(alert.outward, alert.sector).text(),
                alert.licenceTypes);
    }

    /** Stops the alerts an unsubscribe token was sent with; doing it twice is no error. */
    @Transactional
    public void unsubscribe(String token) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select alert_id from area_alert_unsubscribe where token_hash = ?1")
                .setParameter(1, EmailTokens.hash(token)).getResultList();
        if (ids.isEmpty()) {
            throw new NotFound("This unsubscribe link is not valid.",
                    List.of(new Problem.FieldError("token", FieldCodes.UNKNOWN, "is not an unsubscribe link")));
        }
        AreaAlert alert = AreaAlert.findById(ids.get(0));
        if (alert.unsubscribedAt == null) {
            alert.unsubscribedAt = Instant.now(clock);
        }
    }

    /** One email per live subscription matching the application's area and type, with its own unsubscribe link. */
    void consultationOpened(@Observes ConsultationOpened opened) {
        PostcodeArea where = PostcodeArea.of(opened.postcode()).orElse(null);
        LicenceType type = LicenceType.findById(opened.licenceTypeCode());
        if (where == null || !publicPremises(type.code)) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<AreaAlert> matching = em.createNativeQuery("""
                select * from area_alert
                where confirmed_at is not null and unsubscribed_at is null and outward = ?1
                  and (sector is null or sector = ?2)
                  and (licence_types = '[]'::jsonb or licence_types @> jsonb_build_array(cast(?3 as text)))""",
                AreaAlert.class).setParameter(1, where.outward()).setParameter(2, where.sector())
                .setParameter(3, type.code).getResultList();
        Instant now = Instant.now(clock);
        for (AreaAlert alert : matching) {
            String unsubscribe = EmailTokens.newToken();
            em.createNativeQuery("insert into area_alert_unsubscribe (token_hash, alert_id, created_at) values (?1, ?2, ?3)")
                    .setParameter(1, EmailTokens.hash(unsubscribe)).setParameter(2, alert.id).setParameter(3, now)
                    .executeUpdate();
            mail.queue("area-alert", alert.email, "New licence application in " + where.outward() + ": " + type.name, """
                    A new application is open for comment in %s.

                    %s (%s), postcode %s. Representations can be made until the end of %s.

                    Read it and comment:
                    %s

                    Stop these emails (one click):
                    %s
                    """.formatted(new PostcodeArea(alert.outward, alert.sector).text(), type.name, opened.reference(),
                    where.text(), LAST_DAY.format(opened.representationsUntil().minusNanos(1)
                            .atZone(WorkingDayCalendar.COUNCIL_ZONE)),
                    mail.link("/licensing/consultations/" + opened.applicationId()),
                    mail.link("/licensing/area-alerts/unsubscribe?token=" + unsubscribe)));
        }
    }

    private boolean publicPremises(String typeCode) {
        Object value = em.createNativeQuery("select premises_public from licence_type where code = ?1")
                .setParameter(1, typeCode).getSingleResult();
        return Boolean.TRUE.equals(value);
    }
}
