package onestop.licensing.application;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import onestop.licensing.catalogue.TemporaryEventLimit;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.Problem;
import onestop.platform.problem.RuleViolation;
import onestop.platform.time.WorkingDayCalendar;

/**
 * The timing rules of a temporary event notice: an event of at most 168 hours (s.100(1)), given at least 10
 * working days before the day the event starts (standard, s.100A) or 5 to 9 (late); fewer is refused. Working
 * days are counted as the statute and the Home Office guidance do: neither the day the notice is given nor
 * the day the event starts counts.
 */
public final class NoticeTiming {

    /** Why a notice given too late is refused (a machine code, in the field error). */
    public static final String NOTICE_TOO_SHORT = "ten-notice-too-short";
    public static final String TOO_LONG_EVENT = "ten-event-too-long";

    /** The event of a notice, read from its details (which the schema has already checked). */
    public record Event(Instant start, Instant end, boolean personalLicenceHolder) {

        public static Event of(JsonNode details) {
            return new Event(OffsetDateTime.parse(details.path("eventStart").asText()).toInstant(),
                    OffsetDateTime.parse(details.path("eventEnd").asText()).toInstant(),
                    details.path("personalLicenceHolder").asBoolean(false));
        }

        public LocalDate firstDay() {
            return start.atZone(WorkingDayCalendar.COUNCIL_ZONE).toLocalDate();
        }
    }

    private NoticeTiming() {
    }

    /** The working days between the day of giving and the day the event starts, both left out. */
    public static int clearWorkingDays(LocalDate givenOn, LocalDate eventDay, WorkingDayCalendar calendar) {
        return eventDay.isAfter(givenOn) ? calendar.workingDaysBetween(givenOn, eventDay.minusDays(1)) : 0;
    }

    /** Whether a notice of {@code event} given on {@code givenOn} is late; refuses one too long or given too late. */
    public static boolean late(Event event, LocalDate givenOn, WorkingDayCalendar calendar, TemporaryEventLimit limit) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!event.end().isAfter(event.start())) {
            errors.add(new Problem.FieldError("details.eventEnd", FieldCodes.OUT_OF_RANGE,
                    "must be after the event starts"));
        } else if (Duration.between(event.start(), event.end()).compareTo(Duration.ofHours(limit.maxHours)) > 0) {
            errors.add(new Problem.FieldError("details.eventEnd", TOO_LONG_EVENT, "the event lasts "
                    + Duration.between(event.start(), event.end()).toHours() + " hours; a temporary event may last at most "
                    + limit.maxHours + " hours (Licensing Act 2003 s.100(1))"));
        }
        int clear = clearWorkingDays(givenOn, event.firstDay(), calendar);
        if (clear < limit.lateNoticeWorkingDays) {
            errors.add(new Problem.FieldError("details.eventStart", NOTICE_TOO_SHORT, "a notice given on " + givenOn
                    + " leaves " + clear + " working days before the event; at least " + limit.lateNoticeWorkingDays
                    + " are needed for a late notice and " + limit.standardNoticeWorkingDays
                    + " for a standard one (Licensing Act 2003 s.100A), not counting the day of giving or the event day"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolation("The temporary event notice cannot be given: " + errors.get(0).message() + ".",
                    errors);
        }
        return clear < limit.standardNoticeWorkingDays;
    }
}
