package onestop.licensing.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The limits the Licensing Act 2003 sets on temporary event notices (ss.100, 100A, 107), as they apply from
 * {@code fromYear}: data in the catalogue ({@code V15__temporary_event_notices.sql}), since Parliament changes them.
 */
@Entity
@Table(name = "temporary_event_limit")
public class TemporaryEventLimit extends PanacheEntityBase {

    @Id
    @Column(name = "from_year")
    public int fromYear;

    @Column(name = "max_hours")
    public int maxHours;

    @Column(name = "standard_notice_working_days")
    public int standardNoticeWorkingDays;

    @Column(name = "late_notice_working_days")
    public int lateNoticeWorkingDays;

    @Column(name = "premises_notices")
    public int premisesNotices;

    @Column(name = "premises_days")
    public int premisesDays;

    @Column(name = "person_notices")
    public int personNotices;

    @Column(name = "person_late_notices")
    public int personLateNotices;

    @Column(name = "personal_licence_holder_notices")
    public int personalLicenceHolderNotices;

    @Column(name = "personal_licence_holder_late_notices")
    public int personalLicenceHolderLateNotices;

    /** The limits in force in {@code year}: the latest row that applies from that year or before. */
    public static TemporaryEventLimit forYear(int year) {
        return find("fromYear <= ?1 order by fromYear desc", year).firstResult();
    }

    public int personNotices(boolean personalLicenceHolder) {
        return personalLicenceHolder ? personalLicenceHolderNotices : personNotices;
    }

    public int personLateNotices(boolean personalLicenceHolder) {
        return personalLicenceHolder ? personalLicenceHolderLateNotices : personLateNotices;
    }
}
