package onestop.licensing.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import onestop.licensing.api.HearingStatus;
import onestop.licensing.api.HearingView;
import onestop.platform.problem.Duplicate;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.IllegalTransition;
import onestop.platform.problem.Problem;
import onestop.platform.problem.RuleViolation;
import onestop.platform.time.WorkingDayCalendar;

/**
 * The hearing on an application with relevant representations: scheduled inside its statutory window with the
 * notice the parties are owed, adjourned at most once (within the same window), or dispensed with because all
 * parties agreed it is unnecessary (Hearings Regulations 2005 reg 9).
 */
@Entity
@Table(name = "hearing")
public class Hearing extends PanacheEntityBase {

    /** An adjournment, once, keeps a hearing inside its window (Hearings Regulations 2005 reg 12). */
    static final int MAX_ADJOURNMENTS = 1;

    @Id
    @Column(name = "application_id")
    public UUID applicationId;

    @Enumerated(EnumType.STRING)
    public HearingStatus status;

    @Column(name = "starts_at")
    public Instant startsAt;

    public String place;

    @Column(name = "earliest_date")
    public LocalDate earliestDate;

    @Column(name = "latest_date")
    public LocalDate latestDate;

    @Column(name = "notice_given_at")
    public Instant noticeGivenAt;

    public int adjournments;

    @Column(name = "scheduled_by")
    public String scheduledBy;

    @Column(name = "dispensed_at")
    public Instant dispensedAt;

    @Column(name = "dispensed_by")
    public String dispensedBy;

    @Column(name = "dispensed_reasons")
    public String dispensedReasons;

    @Version
    public int version;

    /** A hearing on {@code date} at {@code time}, checked against its window and the notice owed from {@code today}. */
    static Hearing schedule(UUID applicationId, Window window, LocalDate date, LocalTime time, String place,
            String officer, Instant now) {
        Hearing hearing = new Hearing();
        hearing.applicationId = applicationId;
        hearing.earliestDate = window.earliest();
        hearing.latestDate = window.latest();
        hearing.set(window, date, time, place, officer, now);
        return hearing;
    }

    static Hearing dispensed(UUID applicationId, String reasons, String officer, Instant now) {
        Hearing hearing = new Hearing();
        hearing.applicationId = applicationId;
        hearing.status = HearingStatus.DISPENSED;
        hearing.dispensedAt = now;
        hearing.dispensedBy = officer;
        hearing.dispensedReasons = reasons;
        return hearing;
    }

    /** Moves the hearing to a new day, time and place, once, inside the same window and with fresh notice. */
    void adjourn(Window window, LocalDate date, LocalTime time, String newPlace, String officer, Instant now) {
        if (status != HearingStatus.SCHEDULED) {
            throw new IllegalTransition("The hearing was dispensed with; there is nothing to adjourn.");
        }
        if (adjournments >= MAX_ADJOURNMENTS) {
            throw new Duplicate("The hearing has already been adjourned once.");
        }
        if (!now.isBefore(startsAt)) {
            throw new IllegalTransition("The hearing began at " + startsAt + "; it can no longer be adjourned.");
        }
        set(window, date, time, newPlace, officer, now);
        adjournments++;
    }

    /** Whether a decision may now be made: the hearing was dispensed with, or it has begun. */
    boolean allowsDecision(Instant now) {
        return status == HearingStatus.DISPENSED || !now.isBefore(startsAt);
    }

    public HearingView view() {
        return new HearingView(applicationId, status, startsAt, place, earliestDate, latestDate, noticeGivenAt,
                adjournments, scheduledBy, dispensedAt, dispensedBy, dispensedReasons);
    }

    private void set(Window window, LocalDate date, LocalTime time, String newPlace, String officer, Instant now) {
        window.check(date, now);
        status = HearingStatus.SCHEDULED;
        startsAt = date.atTime(time).atZone(WorkingDayCalendar.COUNCIL_ZONE).toInstant();
        place = newPlace;
        noticeGivenAt = now;
        scheduledBy = officer;
    }

    /**
     * The days a hearing may be held on: working days from {@code earliest} to {@code latest} (the statutory
     * period), and no sooner than {@code noticeWorkingDays} working days after notice is given.
     */
    record Window(LocalDate earliest, LocalDate latest, int noticeWorkingDays, WorkingDayCalendar calendar) {

        void check(LocalDate date, Instant now) {
            LocalDate today = now.atZone(WorkingDayCalendar.COUNCIL_ZONE).toLocalDate();
            LocalDate firstWithNotice = calendar.addWorkingDays(today, noticeWorkingDays);
            if (!calendar.isWorkingDay(date)) {
                throw refusal(date + " is not a working day.", FieldCodes.INVALID, "is not a working day");
            }
            if (date.isBefore(earliest) || date.isAfter(latest)) {
                throw refusal("The hearing must begin between " + earliest + " and " + latest
                        + ", the statutory period after the consultation ends.", FieldCodes.OUT_OF_RANGE,
                        "must be from " + earliest + " to " + latest);
            }
            if (date.isBefore(firstWithNotice)) {
                throw refusal("The parties must have notice of the hearing at least " + noticeWorkingDays
                        + " working days before it: the earliest day now is " + firstWithNotice + ".",
                        FieldCodes.OUT_OF_RANGE, "must be on or after " + firstWithNotice + " to give notice");
            }
        }

        private static RuleViolation refusal(String detail, String code, String message) {
            return new RuleViolation(detail, List.of(new Problem.FieldError("date", code, message)));
        }
    }
}
