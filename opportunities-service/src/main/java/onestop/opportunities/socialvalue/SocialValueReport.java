package onestop.opportunities.socialvalue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import onestop.opportunities.api.CharterTheme;

/** Social value delivered on a contract in a period, reported by the awarded supplier. */
@Entity
@Table(name = "social_value_report")
public class SocialValueReport extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "opportunity_id")
    public UUID opportunityId;
    @Column(name = "business_id")
    public UUID businessId;
    /** {@code 2026}, {@code 2026-Q2} or {@code 2026-05}; the summary counts it in its year. */
    public String period;
    @Enumerated(EnumType.STRING)
    public CharterTheme theme;
    public String measure;
    public BigDecimal value;
    /** The catalogue measure ({@link SocialValueMeasure}); null for a free-text report made before it. */
    @Column(name = "measure_code")
    public String measureCode;
    @Column(name = "reported_at")
    public Instant reportedAt;
}
