package onestop.opportunities.document;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import onestop.opportunities.opportunity.DocumentView;

/** A document attached to a notice; the file itself is on disk under {@code storedName}. */
@Entity
@Table(name = "notice_document")
public class NoticeDocument extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "opportunity_id")
    public UUID opportunityId;

    @Column(name = "original_name")
    public String originalName;

    @Column(name = "media_type")
    public String mediaType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    @Column(name = "stored_name")
    public String storedName;

    public String sha256;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;

    /** The subject of the buyer's token. */
    @Column(name = "uploaded_by")
    public String uploadedBy;

    public static List<NoticeDocument> of(UUID opportunityId) {
        return list("opportunityId = ?1 order by uploadedAt, id", opportunityId);
    }

    /** The documents of several notices at once, by notice. */
    public static Map<UUID, List<NoticeDocument>> ofAll(Collection<UUID> opportunityIds) {
        if (opportunityIds.isEmpty()) {
            return Map.of();
        }
        return NoticeDocument.<NoticeDocument>list("opportunityId in ?1 order by uploadedAt, id", opportunityIds)
                .stream().collect(Collectors.groupingBy(d -> d.opportunityId));
    }

    /** The document's metadata as the API shows it. */
    public DocumentView view() {
        return new DocumentView(id, originalName, mediaType, sizeBytes, uploadedAt, href());
    }

    /** Where the file is downloaded from. */
    public String href() {
        return "/api/opportunities/opportunities/" + opportunityId + "/documents/" + id;
    }
}
