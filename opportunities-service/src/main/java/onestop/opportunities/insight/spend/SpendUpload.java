package onestop.opportunities.insight.spend;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import onestop.opportunities.api.SpendUploadView;

/** A buyer's payments of one quarter, loaded whole from one CSV (its rows: {@link SpendPayment}). */
@Entity
@Table(name = "spend_upload")
public class SpendUpload extends PanacheEntityBase {

    @Id
    public UUID id;
    public String buyer;
    public String quarter;
    @Column(name = "row_count")
    public int rowCount;
    @Column(name = "total_pence")
    public long totalPence;
    @Column(name = "uploaded_at")
    public Instant uploadedAt;
    @Column(name = "uploaded_by")
    public String uploadedBy;

    SpendUploadView view() {
        return new SpendUploadView(id, buyer, quarter, rowCount, totalPence, uploadedAt, uploadedBy);
    }
}
