package onestop.opportunities.document;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import onestop.opportunities.api.DocumentView;
import onestop.opportunities.opportunity.DocumentsOnNotice;

/** A notice's documents as its full view lists them. */
@ApplicationScoped
public class NoticeDocuments implements DocumentsOnNotice {

    @Override
    public List<DocumentView> of(UUID opportunityId) {
        return NoticeDocument.of(opportunityId).stream().map(NoticeDocument::view).toList();
    }
}
