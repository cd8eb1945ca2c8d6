package onestop.gateway.dashboard;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A response a business sent to a notice, as the opportunities service's events told it. */
@Entity
@Table(name = "supplier_response")
public class SupplierResponse extends PanacheEntityBase {

    @Id
    @Column(name = "response_id")
    public UUID responseId;

    @Column(name = "business_id")
    public UUID businessId;

    @Column(name = "opportunity_id")
    public UUID opportunityId;

    public String reference;

    @Column(name = "opportunity_reference")
    public String opportunityReference;

    public String title;

    public String buyer;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** SUBMITTED, then AWARDED or NOT_AWARDED once the notice is awarded. */
    public String outcome;
}
