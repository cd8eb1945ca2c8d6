package onestop.opportunities.challenge;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import onestop.opportunities.api.ChallengeStage;

/** A supplier's submission at one stage of a challenge; sealed from the buyer until the stage's deadline. */
@Entity
@Table(name = "challenge_submission")
public class StageSubmission extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "opportunity_id")
    public UUID opportunityId;
    @Enumerated(EnumType.STRING)
    public ChallengeStage stage;
    @Column(name = "business_id")
    public UUID businessId;
    public String summary;
    @Column(name = "submitted_at")
    public Instant submittedAt;
}
