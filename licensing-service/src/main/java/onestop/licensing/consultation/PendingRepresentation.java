package onestop.licensing.consultation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import onestop.licensing.api.LicensingObjective;

/** A member of the public's representation until its email is confirmed; it counts only from then. */
@Entity
@Table(name = "pending_representation")
public class PendingRepresentation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "from_name")
    public String from;

    public String email;

    public String address;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<LicensingObjective> objectives;

    public String grounds;

    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "made_at")
    public Instant madeAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    /** The representation it became once confirmed. */
    @Column(name = "representation_id")
    public UUID representationId;

    public static PendingRepresentation byToken(String token) {
        return find("tokenHash", EmailTokens.hash(token)).firstResult();
    }
}
