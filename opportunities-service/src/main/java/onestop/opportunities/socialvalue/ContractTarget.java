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

/** A social value target of an awarded contract, taken from the winning response's commitments. */
@Entity
@Table(name = "contract_target")
public class ContractTarget extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "opportunity_id")
    public UUID opportunityId;
    @Enumerated(EnumType.STRING)
    public CharterTheme theme;
    public String description;
    public String measure;
    public BigDecimal target;
    /** The catalogue measure ({@link SocialValueMeasure}); null for a free-text commitment made before it. */
    @Column(name = "measure_code")
    public String measureCode;
    @Column(name = "committed_at")
    public Instant committedAt;

    public static ContractTarget of(UUID opportunityId, CharterTheme theme, String description, String measure,
            BigDecimal target, String measureCode, Instant now) {
        ContractTarget t = new ContractTarget();
        t.id = UUID.randomUUID();
        t.opportunityId = opportunityId;
        t.theme = theme;
        t.description = description;
        t.measure = measure;
        t.target = target;
        t.measureCode = measureCode;
        t.committedAt = now;
        return t;
    }
}
