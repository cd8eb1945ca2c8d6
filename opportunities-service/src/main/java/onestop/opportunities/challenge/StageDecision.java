package onestop.opportunities.challenge;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import onestop.opportunities.api.ChallengeOutcome;
import onestop.opportunities.api.ChallengeStage;

/** The buyer's decision on one supplier at one stage: kept in or not, and its funding for the next phase. */
@Entity
@Table(name = "challenge_decision")
@IdClass(StageDecision.Key.class)
public class StageDecision extends PanacheEntityBase {

    @Id
    @Column(name = "opportunity_id")
    public UUID opportunityId;
    @Id
    @Enumerated(EnumType.STRING)
    public ChallengeStage stage;
    @Id
    @Column(name = "business_id")
    public UUID businessId;
    public boolean kept;
    @Column(name = "funding_pence")
    public long fundingPence;
    @Column(name = "decided_at")
    public Instant decidedAt;

    public ChallengeOutcome outcome() {
        return !kept ? ChallengeOutcome.OUT : fundingPence > 0 ? ChallengeOutcome.FUNDED : ChallengeOutcome.IN;
    }

    /** The composite key, as JPA needs it: a class with equals and hashCode. */
    public static class Key implements Serializable {
        public UUID opportunityId;
        public ChallengeStage stage;
        public UUID businessId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(opportunityId, k.opportunityId) && Objects.equals(stage, k.stage) && Objects.equals(businessId, k.businessId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(opportunityId, stage, businessId);
        }
    }
}
