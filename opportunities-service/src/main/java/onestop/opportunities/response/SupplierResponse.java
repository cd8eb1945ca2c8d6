package onestop.opportunities.response;

import java.time.Instant;
import java.util.ArrayList;
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
import onestop.opportunities.api.Commitment;
import onestop.opportunities.api.ResponseFields;

/** A supplier's response to a notice: one per supplier per notice, amendable until the deadline. */
@Entity
@Table(name = "supplier_response")
public class SupplierResponse extends PanacheEntityBase {

    @Id
    public UUID id;
    /** The receipt reference, {@code RSP-2026-000042}. */
    public String reference;
    @Column(name = "opportunity_id")
    public UUID opportunityId;
    @Column(name = "business_id")
    public UUID businessId;
    public String summary;
    @Column(name = "price_pence")
    public long pricePence;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Commitment> commitments = new ArrayList<>();
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    /** When the notice changed after this response was submitted, until its supplier confirms or amends it. */
    @Column(name = "confirmation_needed_since")
    public Instant confirmationNeededSince;
    @Version
    public long version;

    /** The lots it bids for: none on a notice without lots. */
    @Column(name = "lot_ids")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> lotIds = new ArrayList<>();

    public List<String> lotIds() {
        return lotIds == null ? List.of() : lotIds;
    }

    /** The businesses that responded to a notice, each once, in the order they first responded. */
    public static List<UUID> respondents(UUID opportunityId) {
        return find("select r.businessId from SupplierResponse r where r.opportunityId = ?1 group by r.businessId"
                + " order by min(r.submittedAt)", opportunityId).project(UUID.class).list();
    }

    public static SupplierResponse submit(String reference, UUID opportunityId, UUID businessId,
            ResponseFields fields, Instant now) {
        SupplierResponse r = new SupplierResponse();
        r.id = UUID.randomUUID();
        r.reference = reference;
        r.opportunityId = opportunityId;
        r.businessId = businessId;
        r.submittedAt = now;
        r.amend(fields, now);
        return r;
    }

    public void amend(ResponseFields fields, Instant now) {
        summary = fields.summary().strip();
        pricePence = fields.pricePence();
        commitments = new ArrayList<>(fields.commitments());
        lotIds = new ArrayList<>(fields.lots().stream().map(String::strip).toList());
        confirmationNeededSince = null;
        updatedAt = now;
    }
}
