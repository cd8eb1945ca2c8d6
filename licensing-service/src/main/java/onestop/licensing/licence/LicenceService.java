package onestop.licensing.licence;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import onestop.licensing.api.LicenceEvent;
import onestop.licensing.api.LicenceStatus;
import onestop.licensing.api.LicensingEvents;
import onestop.platform.time.WorkingDayCalendar;
import onestop.licensing.catalogue.LicenceType;
import onestop.licensing.timeline.Actor;
import onestop.licensing.timeline.Timeline;
import onestop.platform.outbox.Outbox;
import onestop.platform.problem.IllegalTransition;

/** Issues licences and moves them through their lifecycle, with the timeline and the events. */
@ApplicationScoped
public class LicenceService {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Timeline timeline;

    @Inject
    Event<LicenceSurrendered> surrenders;

    /**
     * Issues the licence a grant gives; a variation ends the licence it replaces (a transfer moves it instead:
     * {@link #transfer}). The caller
     * records the grant, naming the licence, on the application's timeline.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Licence issue(LicenceGrant grant, Actor actor) {
        Instant now = Instant.now(clock);
        LicenceType type = LicenceType.findById(grant.licenceTypeCode());
        Licence previous = grant.previousLicenceId() == null ? null : Licence.findById(grant.previousLicenceId());
        Licence licence = new Licence();
        licence.id = UUID.randomUUID();
        licence.number = type.numberPrefix + "-" + String.format("%06d", nextNumber());
        licence.licenceTypeCode = type.code;
        licence.businessId = grant.businessId();
        licence.applicationId = grant.applicationId();
        licence.holderName = grant.holderName();
        licence.premisesName = grant.premisesName();
        licence.premisesAddressLine1 = grant.premisesAddressLine1();
        licence.premisesTown = grant.premisesTown();
        licence.premisesPostcode = grant.premisesPostcode();
        licence.postcodeKey = Licence.postcodeKey(grant.premisesPostcode());
        licence.registerShows = type.registerShows;
        licence.details = grant.details();
        licence.conditions = List.copyOf(grant.conditions());
        licence.status = LicenceStatus.ACTIVE;
        licence.issuedAt = now;
        licence.validFrom = grant.validFrom();
        licence.expiresAt = grant.validUntil() != null ? grant.validUntil()
                : expiry(type, previous, grant.replacesPrevious(), now);
        licence.updatedAt = now;
        licence.persist();
        outbox.append(LicensingEvents.LICENCE_ISSUED, LicensingEvents.LICENCE, licence.id,
                licence.event(null, null, null, now));
        if (previous != null && grant.replacesPrevious() && previous.status.isCurrent()) {
            // the holder gave it up by applying for its replacement
            move(previous, LicenceAction.SURRENDER, Actor.owner(grant.reference()),
                    "Replaced by licence " + licence.number + " (application " + grant.reference() + ").");
        } else if (previous != null) {
            // the renewal carries on from the old licence: no more reminders to renew it
            previous.renewalReminded60At = now;
            previous.renewalReminded14At = now;
        }
        return licence;
    }

    /**
     * A granted transfer (Licensing Act 2003 s.42-44): the same licence, number, conditions and dates pass to
     * the new holder; {@code licence.transferred} names both, so that each is told and projections follow.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Licence transfer(LicenceGrant grant, Actor actor) {
        Instant now = Instant.now(clock);
        Licence licence = Licence.findById(grant.previousLicenceId());
        if (licence == null || !licence.status.isCurrent()) {
            throw new IllegalTransition("Licence " + (licence == null ? grant.previousLicenceId() : licence.number)
                    + " is no longer current: it cannot be transferred.");
        }
        String from = licence.holderName;
        UUID previousBusiness = licence.transferTo(grant.businessId(), grant.holderName(), grant.applicationId(), now);
        timeline.note(grant.applicationId(), actor, "Licence " + licence.number + " transferred from " + from
                + " to " + grant.holderName() + ".");
        LicenceEvent event = licence.event(null, "Transferred to " + grant.holderName(), null, now);
        outbox.append(LicensingEvents.LICENCE_TRANSFERRED, LicensingEvents.LICENCE, licence.id,
                new LicenceEvent(event.licenceId(), event.licenceNumber(), event.businessId(), event.licenceTypeCode(),
                        event.status(), null, event.issuedAt(), event.expiresAt(), event.applicationId(),
                        event.reason(), null, now, previousBusiness, event.licenceTypeName()));
        return licence;
    }

    /** Suspends, reinstates, revokes, surrenders or expires a licence. */
    @Transactional(Transactional.TxType.MANDATORY)
    public LicenceStatus move(Licence licence, LicenceAction action, Actor actor, String reason) {
        return move(licence, action, actor, reason, null);
    }

    /**
     * Expires a licence whose end has passed. One a granted renewal carries on from ({@code renewedBy}, its
     * number; null when none) says so, so that its holder is not told their licence ran out.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void expire(Licence licence, String renewedBy) {
        move(licence, LicenceAction.EXPIRE, Actor.SYSTEM, "Expired at " + licence.expiresAt
                + (renewedBy == null ? "." : "; licence " + renewedBy + " renews it from then."), renewedBy);
    }

    private LicenceStatus move(Licence licence, LicenceAction action, Actor actor, String reason, String renewedBy) {
        Instant now = Instant.now(clock);
        LicenceStatus from = licence.perform(action, actor, reason, now);
        timeline.transition(licence.applicationId, actor, "LICENCE_" + from, "LICENCE_" + licence.status,
                "Licence " + licence.number + " " + licence.status.name().toLowerCase()
                        + (reason == null || reason.isBlank() ? "." : ": " + reason));
        LicenceEvent event = licence.event(from, reason, null, now);
        outbox.append(action.event(), LicensingEvents.LICENCE, licence.id,
                renewedBy == null ? event : event.renewedBy(renewedBy));
        if (action == LicenceAction.SURRENDER) {
            surrenders.fire(new LicenceSurrendered(licence, now));
        }
        return from;
    }

    private Instant expiry(LicenceType type, Licence previous, boolean replacesPrevious, Instant now) {
        if (type.validityMonths == null) {
            return null;
        }
        Instant start = now;
        if (previous != null && !replacesPrevious && previous.expiresAt != null && previous.expiresAt.isAfter(now)) {
            start = previous.expiresAt;
        }
        return ZonedDateTime.ofInstant(start, WorkingDayCalendar.COUNCIL_ZONE).plusMonths(type.validityMonths)
                .toInstant();
    }

    private long nextNumber() {
        return ((Number) em.createNativeQuery("select nextval('licence_number_seq')").getSingleResult()).longValue();
    }
}
