package onestop.licensing.alert;

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

/** Someone's wish to be emailed about new consultations in a postcode district or sector; live once confirmed. */
@Entity
@Table(name = "area_alert")
public class AreaAlert extends PanacheEntityBase {

    @Id
    public UUID id;

    public String email;

    /** The district ({@code B1}). */
    public String outward;

    /** The sector's digit ({@code 1} of {@code B1 1}), or null for the whole district. */
    public String sector;

    /** The licence types wanted; empty for all. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "licence_types")
    public List<String> licenceTypes;

    /** The SHA-256 of the confirmation token, until it is used. */
    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "token_expires_at")
    public Instant tokenExpiresAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "unsubscribed_at")
    public Instant unsubscribedAt;
}
