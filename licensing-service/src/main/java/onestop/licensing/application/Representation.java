package onestop.licensing.application;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import onestop.licensing.api.RepresentationCategory;
import onestop.licensing.api.RepresentationView;

/** A representation made during consultation, recorded by an officer. */
@Entity
@Table(name = "representation")
public class Representation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "from_name")
    public String from;

    @Enumerated(EnumType.STRING)
    public RepresentationCategory category;

    public String grounds;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    /** The answer to recording one. */
    public RepresentationView view() {
        return new RepresentationView(id, applicationId, from, category, grounds, recordedAt, recordedBy);
    }
}
