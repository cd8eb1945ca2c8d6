package onestop.licensing.timeline;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One line of an application's history: a transition (from, to) or a note, by whom and when. */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "application_id")
    public UUID applicationId;

    public Instant at;

    @Column(name = "actor_role")
    public String actorRole;

    @Column(name = "actor_id")
    public String actorId;

    @Column(name = "from_status")
    public String fromStatus;

    @Column(name = "to_status")
    public String toStatus;

    public String message;

    public static List<TimelineEntry> of(UUID applicationId) {
        return list("applicationId = ?1 order by id", applicationId);
    }
}
