package onestop.gateway.notification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One line of a user's inbox. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "event_id")
    public String eventId;

    public String kind;

    public String title;

    public String body;

    public String link;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;
}
