package onestop.licensing.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import onestop.licensing.api.Premises;
import onestop.platform.time.WorkingDayCalendar;

/**
 * A given temporary event notice: its event period, whether it was late, and what objections did to it. One per
 * TEN application, written when the notice is given; the annual limits count these rows, except withdrawn ones.
 */
@Entity
@Table(name = "temporary_event")
public class TemporaryEvent extends PanacheEntityBase {

    @Id
    @Column(name = "application_id")
    public UUID applicationId;

    /** The person who gave the notice: the business account (the "premises user" of s.100(2)). */
    @Column(name = "business_id")
    public UUID businessId;

    /** The premises, as the limits of s.107(4), (5) compare them: address line and postcode, normalised. */
    @Column(name = "premises_key")
    public String premisesKey;

    @Column(name = "event_start")
    public Instant eventStart;

    @Column(name = "event_end")
    public Instant eventEnd;

    public boolean late;

    @Column(name = "hearing_required")
    public boolean hearingRequired;

    @Column(name = "counter_notice")
    public boolean counterNotice;

    /**
     * When the notice was withdrawn (s.103): its application withdrawn, or its acknowledged notice surrendered no
     * later than 24 hours before the event; {@code null} while it counts against the limits.
     */
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    /** Same address line and postcode, whatever the case, spacing or punctuation. */
    public static String premisesKey(Premises premises) {
        String line = premises.addressLine1() == null ? "" : premises.addressLine1();
        String postcode = premises.postcode() == null ? "" : premises.postcode();
        return line.toLowerCase().replaceAll("[^a-z0-9]+", " ").strip() + "|"
                + postcode.toUpperCase().replaceAll("\\s", "");
    }

    /** The calendar days (Europe/London) on which the event takes place; an end at midnight ends the day before. */
    public static Stream<LocalDate> days(Instant start, Instant end) {
        LocalDate first = start.atZone(WorkingDayCalendar.COUNCIL_ZONE).toLocalDate();
        LocalDate last = end.minusNanos(1).atZone(WorkingDayCalendar.COUNCIL_ZONE).toLocalDate();
        return first.datesUntil(last.plusDays(1));
    }
}
