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
import onestop.opportunities.api.ChallengeAsk;
import onestop.opportunities.api.ChallengeStage;

/** What one stage of a challenge asks for, and its deadline. */
@Entity
@Table(name = "challenge_ask")
@IdClass(ChallengeAskRow.Key.class)
public class ChallengeAskRow extends PanacheEntityBase {

    @Id
    @Column(name = "opportunity_id")
    public UUID opportunityId;
    @Id
    @Enumerated(EnumType.STRING)
    public ChallengeStage stage;
    @Enumerated(EnumType.STRING)
    public ChallengeAsk asked;
    public Instant deadline;

    /** The composite key, as JPA needs it: a class with equals and hashCode. */
    public static class Key implements Serializable {
        public UUID opportunityId;
        public ChallengeStage stage;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(opportunityId, k.opportunityId) && Objects.equals(stage, k.stage);
        }

        @Override
        public int hashCode() {
            return Objects.hash(opportunityId, stage);
        }
    }
}
