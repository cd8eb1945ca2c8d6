package onestop.opportunities.document;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/** A notice's documents as its full view lists them. */
@ApplicationScoped
public class NoticeDocuments {

    public List<DocumentView> of(UUID opportunityId) {
        return NoticeDocument.of(opportunityId).stream().map(DocumentView::of).toList();
    }
}
