package onestop.licensing.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import onestop.licensing.api.BankHolidayCalendarView;
import onestop.platform.time.WorkingDayCalendar;

/** An administrator's new bank holiday file, checked whole before it is kept; and what the calendar now is. */
@ApplicationScoped
public class BankHolidayUploads {

    /** How long before its coverage ends the calendar warns (readiness data, the admin view). */
    static final Period WARN_WITHIN = Period.ofMonths(6);

    @Inject
    Clock clock;

    @Inject
    BankHolidayCalendar calendar;

    /** Keeps the file if every field is right (a 400 naming them otherwise, and nothing is kept). */
    @Transactional
    public void upload(String document, String uploadedBy) {
        PublishedHolidays holidays = BankHolidayFile.read(document, "upload");
        BankHolidayUpload upload = new BankHolidayUpload();
        upload.uploadedAt = Instant.now(clock);
        upload.uploadedBy = uploadedBy;
        upload.document = document;
        upload.coversFrom = holidays.coversFrom();
        upload.coversTo = holidays.coverageEndsOn();
        upload.persist();
    }

    /** The calendar in use, read again now (so an upload just committed shows). */
    public BankHolidayCalendarView current(boolean reload) {
        BankHolidayCalendar.Current current = reload ? calendar.reload() : calendar.current();
        PublishedHolidays holidays = current.holidays();
        return new BankHolidayCalendarView(holidays.source(), current.uploadedAt(), current.uploadedBy(),
                holidays.coversFrom(), holidays.coverageEndsOn(), List.copyOf(new TreeSet<>(holidays.days())),
                warning(holidays.coverageEndsOn()));
    }

    /** Words for operators when the coverage ends within six months; null while it is further off. */
    String warning(LocalDate coverageEndsOn) {
        LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.COUNCIL_ZONE));
        if (today.plus(WARN_WITHIN).isBefore(coverageEndsOn)) {
            return null;
        }
        String when = coverageEndsOn.isBefore(today) ? "ended on " : "ends on ";
        return "The bank holiday calendar " + when + coverageEndsOn + ": after that, working days are counted by the"
                + " statutory rules alone and miss any day proclaimed later. Upload GOV.UK's newest bank-holidays.json"
                + " (PUT /api/licensing/admin/bank-holidays).";
    }
}
