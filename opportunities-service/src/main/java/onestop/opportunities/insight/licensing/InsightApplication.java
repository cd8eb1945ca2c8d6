package onestop.opportunities.insight.licensing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One licensing application as the newest event about it said it was: the row the licensing figures count. */
@Entity
@Table(name = "insight_application")
public class InsightApplication extends PanacheEntityBase {

    @Id
    @Column(name = "application_id")
    public UUID applicationId;
    @Column(name = "licence_type_code")
    public String licenceTypeCode;
    public String status;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Column(name = "decided_at")
    public Instant decidedAt;
    public String outcome;
    @Column(name = "granted_by_tacit_consent")
    public boolean grantedByTacitConsent;
    @Column(name = "target_working_days")
    public Integer targetWorkingDays;
    @Column(name = "last_occurred_at")
    public Instant lastOccurredAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
