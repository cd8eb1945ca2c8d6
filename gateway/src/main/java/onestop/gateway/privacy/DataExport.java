package onestop.gateway.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import onestop.gateway.api.DataExportView;

/** A subject access export a person asked for; its ZIP is apart, in {@code data_export_file} (V71). */
@Entity
@Table(name = "data_export")
public class DataExport extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "business_id")
    public UUID businessId;

    @Enumerated(EnumType.STRING)
    public DataExportView.State state;

    @Column(name = "requested_at")
    public Instant requestedAt;

    /** Tries so far to put it together; after the configured most, it fails. */
    public int attempts;

    /** When the assembly job may take it (again): claiming it moves this on, so another replica leaves it alone. */
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "ready_at")
    public Instant readyAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "size_bytes")
    public Long sizeBytes;

    /** Why it failed, for the logs and support; never shown to the person. */
    public String failure;

    public static List<DataExport> of(UUID userId) {
        return list("userId = ?1 order by requestedAt desc", userId);
    }

    public DataExportView view() {
        return new DataExportView(id, state, requestedAt, readyAt, expiresAt, sizeBytes);
    }
}
