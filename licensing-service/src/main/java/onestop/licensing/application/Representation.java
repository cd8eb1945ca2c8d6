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

/** A representation made during consultation, recorded by an officer. */
@Entity
@Table(name = "representation")
public class Representation extends PanacheEntityBase {

    /** Who made it: a responsible authority (police, fire, ...) or a member of the public. */
    public enum Category {
        RESPONSIBLE_AUTHORITY, PUBLIC
    }

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "from_name")
    public String from;

    @Enumerated(EnumType.STRING)
    public Category category;

    public String grounds;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    /** The answer to recording one. */
    public record View(UUID id, UUID applicationId, String from, Category category, String grounds,
            Instant recordedAt, String recordedBy) {

        static View of(Representation r) {
            return new View(r.id, r.applicationId, r.from, r.category, r.grounds, r.recordedAt, r.recordedBy);
        }
    }
}
