package onestop.gateway.calendar;

import static onestop.gateway.calendar.CalendarChange.business;
import static onestop.gateway.calendar.CalendarChange.buyers;
import static onestop.gateway.calendar.CalendarChange.remove;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import onestop.gateway.calendar.CalendarChange.Op;
import onestop.gateway.notification.NotificationRules;
import onestop.licensing.api.ApplicationEvent;
import onestop.licensing.api.ApplicationStatus;
import onestop.licensing.api.LicenceEvent;
import onestop.licensing.api.LicensingEvents;
import onestop.opportunities.api.AlertRaised;
import onestop.opportunities.api.OpportunityAwarded;
import onestop.opportunities.api.OpportunityCancelled;
import onestop.opportunities.api.OpportunityChanged;
import onestop.opportunities.api.OpportunityPublished;
import onestop.opportunities.api.ResponseSubmitted;
import onestop.opportunities.api.StandstillExtended;

/**
 * Which dates an event puts in whose calendar. A business: the closing time of notices it responded to or that
 * matched its saved searches, the consultation end and hearing of its applications, its licences' expiry and
 * renewal, the standstill end of awards it took part in. Licensing officers: every open application's decision due
 * date (their queue). Buyers: their organisation's notices' closing times and standstill ends. Dates are all day
 * except closing times and hearings, which have a time.
 */
public final class CalendarRules {

    static final String NOTICE_CLOSES = "notice-closes";
    static final String CONSULTATION_ENDS = "consultation-ends";
    static final String HEARING = "hearing";
    static final String DECISION_DUE = "decision-due";
    static final String LICENCE_EXPIRES = "licence-expires";
    static final String LICENCE_RENEWAL = "licence-renewal";
    static final String STANDSTILL_ENDS = "standstill-ends";

    private static final ZoneId COUNCIL = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final List<String> LICENCE_GONE = List.of(LicensingEvents.LICENCE_REVOKED.value(),
            LicensingEvents.LICENCE_SURRENDERED.value());

    /** The changes an event of {@code type} with {@code data} (its record) makes; none for most events. */
    public List<CalendarChange> changesFor(String type, Object data, Instant at) {
        if (data instanceof ApplicationEvent application) {
            return application(type, application);
        }
        if (data instanceof LicenceEvent licence) {
            return licence(type, licence, at);
        }
        if (data instanceof ResponseSubmitted response && response.closingAt() != null) {
            return List.of(closes(business(response.businessId()), response.opportunityId(),
                    response.opportunityReference(), response.title(), response.closingAt()));
        }
        if (data instanceof AlertRaised alert && alert.closingAt() != null && alert.businessId() != null) {
            return List.of(closes(business(alert.businessId()), alert.opportunityId(), alert.reference(),
                    alert.title(), alert.closingAt()));
        }
        if (data instanceof OpportunityPublished published && published.closingAt() != null && has(published.buyer())) {
            return List.of(closes(buyers(published.buyer()), published.opportunityId(), published.reference(),
                    published.title(), published.closingAt()));
        }
        if (data instanceof OpportunityChanged changed && changed.closingAt() != null) {
            return changed(changed);
        }
        if (data instanceof OpportunityCancelled cancelled) {
            return List.of(remove(null, cancelled.opportunityId(), NOTICE_CLOSES));
        }
        if (data instanceof OpportunityAwarded awarded && awarded.standstillLastDay() != null) {
            return awarded(awarded);
        }
        if (data instanceof StandstillExtended extended && extended.standstillLastDay() != null) {
            return standstillEnds(extended.opportunityId(), extended.reference(), extended.title(), extended.buyer(),
                    extended.businessId(), extended.unsuccessfulBusinessIds(), extended.standstillLastDay());
        }
        return List.of();
    }

    private List<CalendarChange> application(String type, ApplicationEvent data) {
        List<CalendarChange> changes = new ArrayList<>();
        UUID id = data.applicationId();
        String link = "/applications/" + id;
        ApplicationStatus status = data.status();
        boolean open = status != null && status.isOpen() && status != ApplicationStatus.DRAFT;
        if (open && data.dueDate() != null) {
            changes.add(new CalendarChange(Op.PUT, CalendarChange.OFFICERS, id, DECISION_DUE,
                    "Decision due: " + text(data.reference()) + " (" + typeOf(data) + ")",
                    "The target date for deciding application " + text(data.reference()) + ".",
                    "/officer/applications/" + id, null, data.dueDate()));
        } else if (status != null && !status.isOpen()) {
            changes.add(remove(CalendarChange.OFFICERS, id, DECISION_DUE));
        }
        if (data.businessId() == null) {
            return changes;
        }
        String holder = business(data.businessId());
        if (open && data.consultationEndsAt() != null) {
            changes.add(new CalendarChange(Op.PUT, holder, id, CONSULTATION_ENDS,
                    "Consultation ends: " + text(data.reference()),
                    "The last day for representations on application " + text(data.reference()) + ".", link, null,
                    lastDayBefore(data.consultationEndsAt())));
        }
        if (LicensingEvents.APPLICATION_HEARING_SCHEDULED.value().equals(type) && data.hearingStartsAt() != null) {
            changes.add(new CalendarChange(Op.PUT, holder, id, HEARING, "Hearing: " + text(data.reference()),
                    "The licensing sub-committee hears application " + text(data.reference())
                            + (has(data.hearingPlace()) ? " at " + data.hearingPlace() : "")
                            + ". You may attend and speak.", link, data.hearingStartsAt(), null));
        }
        // withdrawn: nothing of it is still to come
        if (status == ApplicationStatus.WITHDRAWN) {
            changes.add(remove(holder, id, CONSULTATION_ENDS));
            changes.add(remove(holder, id, HEARING));
        }
        return changes;
    }

    private List<CalendarChange> licence(String type, LicenceEvent data, Instant at) {
        List<CalendarChange> changes = new ArrayList<>();
        UUID id = data.licenceId();
        if (LicensingEvents.LICENCE_TRANSFERRED.value().equals(type) && data.previousBusinessId() != null
                && !data.previousBusinessId().equals(data.businessId())) {
            changes.add(remove(business(data.previousBusinessId()), id, LICENCE_EXPIRES));
            changes.add(remove(business(data.previousBusinessId()), id, LICENCE_RENEWAL));
        }
        if (data.businessId() == null) {
            return changes;
        }
        String holder = business(data.businessId());
        if (LICENCE_GONE.contains(type)) {
            changes.add(remove(holder, id, LICENCE_EXPIRES));
            changes.add(remove(holder, id, LICENCE_RENEWAL));
            return changes;
        }
        if (data.expiresAt() == null) {
            return changes;
        }
        LocalDate expires = LocalDate.ofInstant(data.expiresAt(), COUNCIL);
        String link = "/licences/" + id;
        changes.add(new CalendarChange(Op.PUT, holder, id, LICENCE_EXPIRES,
                "Licence " + text(data.licenceNumber()) + " expires",
                "Your " + NotificationRules.licenceNamed(data) + " expires on " + DAY.format(expires)
                        + ". Apply to renew it before then.", link, null,
                expires));
        if (LicensingEvents.LICENCE_RENEWAL_DUE.value().equals(type)) {
            LocalDate reminded = LocalDate.ofInstant(data.occurredAt() != null ? data.occurredAt() : at, COUNCIL);
            changes.add(new CalendarChange(Op.PUT, holder, id, LICENCE_RENEWAL,
                    "Renew licence " + text(data.licenceNumber()),
                    "Apply to renew your " + NotificationRules.licenceNamed(data) + " before it expires on "
                            + DAY.format(expires) + ".", link, null,
                    reminded.isAfter(expires) ? expires : reminded));
        }
        return changes;
    }

    // the respondents' (and the buyer's) entry is put again; every other feed holding it (saved searches) moves
    private List<CalendarChange> changed(OpportunityChanged data) {
        List<CalendarChange> changes = new ArrayList<>();
        changes.add(new CalendarChange(Op.MOVE, null, data.opportunityId(), NOTICE_CLOSES, null, null, null,
                data.closingAt(), null));
        for (UUID respondent : orNone(data.respondentBusinessIds())) {
            changes.add(closes(business(respondent), data.opportunityId(), data.reference(), data.title(),
                    data.closingAt()));
        }
        if (has(data.buyer())) {
            changes.add(closes(buyers(data.buyer()), data.opportunityId(), data.reference(), data.title(),
                    data.closingAt()));
        }
        return changes;
    }

    private List<CalendarChange> awarded(OpportunityAwarded data) {
        return standstillEnds(data.opportunityId(), data.reference(), data.title(), data.buyer(), data.businessId(),
                data.unsuccessfulBusinessIds(), data.standstillLastDay());
    }

    /** The standstill's last day in the calendars of the winner, the other bidders and the buyer; the notice no
     * longer closes. An extension puts the later day in the same entries. */
    private List<CalendarChange> standstillEnds(UUID opportunityId, String reference, String title, String buyer,
            UUID winner, List<UUID> otherBidders, LocalDate lastDay) {
        List<String> audiences = new ArrayList<>();
        if (winner != null) {
            audiences.add(business(winner));
        }
        orNone(otherBidders).forEach(loser -> audiences.add(business(loser)));
        if (has(buyer)) {
            audiences.add(buyers(buyer));
        }
        List<CalendarChange> changes = new ArrayList<>();
        changes.add(remove(null, opportunityId, NOTICE_CLOSES));
        for (String audience : audiences) {
            changes.add(new CalendarChange(Op.PUT, audience, opportunityId, STANDSTILL_ENDS,
                    "Standstill ends: " + text(reference),
                    "The last day of the standstill after the award of \"" + text(title)
                            + "\"; the contract may be entered into after it.",
                    "/opportunities/" + opportunityId, null, lastDay));
        }
        return changes;
    }

    private static CalendarChange closes(String audience, UUID opportunityId, String reference, String title,
            Instant closingAt) {
        String link = audience.startsWith("buyers:") ? "/buyer/notices/" + opportunityId
                : "/opportunities/" + opportunityId;
        return new CalendarChange(Op.PUT, audience, opportunityId, NOTICE_CLOSES, "Closes: " + text(reference)
                + (has(title) ? " " + title : ""), "The deadline for responses to \"" + text(title) + "\".", link,
                closingAt, null);
    }

    private static <T> List<T> orNone(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static boolean has(String value) {
        return value != null && !value.isBlank();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** The application's licence type as people name it, "premises licence"; its code from an older event. */
    private static String typeOf(ApplicationEvent data) {
        String name = NotificationRules.typeNamed(data.licenceTypeName());
        return name.isEmpty() ? text(data.licenceTypeCode()) : name;
    }

    /** The council's last day of a period that ends at {@code end}, the midnight that begins the next day. */
    private static LocalDate lastDayBefore(Instant end) {
        return LocalDate.ofInstant(end.minusNanos(1), COUNCIL);
    }
}
