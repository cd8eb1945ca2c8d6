package onestop.licensing.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import onestop.licensing.api.LicensingObjective;
import onestop.licensing.api.RepresentationCategory;
import onestop.licensing.api.RepresentationView;

/**
 * A representation made during consultation: recorded by an officer, made by a responsible authority signed in,
 * or made by a member of the public and counted once their email was confirmed. Only the officer sees who made
 * it ({@code from}, {@code email}, {@code address}).
 */
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

    @JdbcTypeCode(SqlTypes.JSON)
    public List<LicensingObjective> objectives = List.of();

    /** A member of the public's confirmed email address. */
    public String email;

    /** A member of the public's postal address. */
    public String address;

    /** The role of the responsible authority that made it ({@code police}, ...), if one did. */
    public String authority;

    /** Everything, as the officer sees it. */
    public RepresentationView view() {
        return new RepresentationView(id, applicationId, from, category, grounds, recordedAt, recordedBy,
                objectives == null ? List.of() : objectives, email, address, authority);
    }
}
