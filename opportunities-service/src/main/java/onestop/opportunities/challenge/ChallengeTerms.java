package onestop.opportunities.challenge;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The buyer's terms of a challenge: SBRI-style or not, its budget, and the IP position stated on the notice. */
@Entity
@Table(name = "challenge_terms")
public class ChallengeTerms extends PanacheEntityBase {

    @Id
    @Column(name = "opportunity_id")
    public UUID opportunityId;
    public boolean sbri;
    @Column(name = "budget_pence")
    public long budgetPence;
    @Column(name = "ip_position")
    public String ipPosition;
    @Version
    public long version;
}
