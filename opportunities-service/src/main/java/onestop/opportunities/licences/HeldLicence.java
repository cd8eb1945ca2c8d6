package onestop.opportunities.licences;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One licence of a business as the licensing service last told us about it. */
@Entity
@Table(name = "held_licence")
public class HeldLicence extends PanacheEntityBase {

    public static final String ACTIVE = "ACTIVE";

    @Id
    @Column(name = "licence_id")
    public UUID licenceId;
    @Column(name = "business_id")
    public UUID businessId;
    @Column(name = "licence_type_code")
    public String licenceTypeCode;
    public String number;
    public String status;
    @Column(name = "expires_at")
    public Instant expiresAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Valid now: active and not past its expiry (an expiry event may still be on its way). */
    public boolean isValidAt(Instant now) {
        return ACTIVE.equals(status) && (expiresAt == null || expiresAt.isAfter(now));
    }
}
