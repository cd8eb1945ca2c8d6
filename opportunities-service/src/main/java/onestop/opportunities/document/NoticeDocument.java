package onestop.opportunities.document;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import onestop.opportunities.api.DocumentView;
import onestop.platform.files.StoredDocument;

/** A document attached to a notice; the file itself is on disk under {@code storedName}. */
@Entity
@Table(name = "notice_document")
public class NoticeDocument extends StoredDocument {

    @Column(name = "opportunity_id")
    public UUID opportunityId;

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
