package onestop.opportunities.opportunity;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import io.quarkus.arc.Arc;
import onestop.opportunities.api.OpportunityStatus;
import onestop.opportunities.search.NoticeChanges;

/**
 * The notice's JPA listener: tells the search index that a public notice was written in this transaction.
 * A draft is not public (and no notice goes back to being one), so writing one leaves the index as it is.
 * Hibernate creates the listener, so it looks the bean up.
 */
public class NoticeIndexing {

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Opportunity notice) {
        if (notice.status != OpportunityStatus.DRAFT) {
            Arc.container().instance(NoticeChanges.class).get().noticeWritten();
        }
    }
}
