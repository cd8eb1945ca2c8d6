package onestop.opportunities.standstill;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import onestop.opportunities.api.StandstillChallenge;

/** A supplier's challenge of an award during the standstill; open until the buyer records its outcome. */
@Entity
@Table(name = "standstill_challenge")
public class Challenge extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "opportunity_id")
    public UUID opportunityId;
    @Column(name = "business_id")
    public UUID businessId;
    public String grounds;
    @Column(name = "raised_at")
    public Instant raisedAt;
    @Enumerated(EnumType.STRING)
    public StandstillChallenge.Outcome outcome;
    @Column(name = "outcome_note")
    public String outcomeNote;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    @Version
    public long version;

    static List<Challenge> of(UUID opportunityId) {
        return list("opportunityId = ?1 order by raisedAt", opportunityId);
    }

    static long open(UUID opportunityId) {
        return count("opportunityId = ?1 and outcome is null", opportunityId);
    }

    StandstillChallenge view() {
        return new StandstillChallenge(id, opportunityId, businessId, grounds, raisedAt, outcome, outcomeNote,
                resolvedAt);
    }
}
