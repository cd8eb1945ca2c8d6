package onestop.licensing.calendar;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One bank holiday file an administrator uploaded (V17); the newest is the calendar. Never changed. */
@Entity
@Table(name = "bank_holiday_upload")
public class BankHolidayUpload extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    /** The file as uploaded, in GOV.UK's format. */
    @ColumnTransformer(write = "?::jsonb")
    public String document;

    @Column(name = "covers_from")
    public LocalDate coversFrom;

    @Column(name = "covers_to")
    public LocalDate coversTo;
}
