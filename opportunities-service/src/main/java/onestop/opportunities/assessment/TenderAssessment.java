package onestop.opportunities.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import onestop.opportunities.api.Score;

/** The buyer's assessment of one tender, made after the deadline: scores with reasons, and the weighted total. */
@Entity
@Table(name = "tender_assessment")
public class TenderAssessment extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "response_id")
    public UUID responseId;
    /** The lot assessed, on a notice divided into lots; null otherwise. */
    @Column(name = "lot_id")
    public String lotId;
    @Column(name = "opportunity_id")
    public UUID opportunityId;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Score> scores;
    public BigDecimal total;
    @Column(name = "assessed_at")
    public Instant assessedAt;
    @Column(name = "assessed_by")
    public String assessedBy;
    @Version
    public long version;

    static List<TenderAssessment> of(UUID opportunityId) {
        return list("opportunityId = ?1 order by lotId nulls first, total desc, assessedAt", opportunityId);
    }

    /** A tender's assessment for a lot (null: the notice has no lots), if it has been assessed. */
    static TenderAssessment of(UUID responseId, String lotId) {
        return lotId == null ? find("responseId = ?1 and lotId is null", responseId).firstResult()
                : find("responseId = ?1 and lotId = ?2", responseId, lotId).firstResult();
    }
}
