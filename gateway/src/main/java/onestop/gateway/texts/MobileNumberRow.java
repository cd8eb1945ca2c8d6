package onestop.gateway.texts;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person's mobile number for text messages, and the security code that confirms it (its hash only). */
@Entity
@Table(name = "mobile_number")
public class MobileNumberRow extends PanacheEntityBase {

    @Id
    @Column(name = "user_id")
    public UUID userId;

    /** International form, {@code +447700900123}. */
    public String mobile;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "code_sha256")
    public String codeSha256;

    @Column(name = "code_expires_at")
    public Instant codeExpiresAt;

    @Column(name = "wrong_codes")
    public int wrongCodes;

    @Column(name = "codes_sent")
    public int codesSent;

    @Column(name = "codes_since")
    public Instant codesSince;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
