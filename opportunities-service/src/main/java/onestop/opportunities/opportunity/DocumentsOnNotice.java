package onestop.opportunities.opportunity;

import java.util.List;
import java.util.UUID;
import onestop.opportunities.api.DocumentView;

/**
 * The documents a notice's full view lists. The document feature keeps them and implements this, so that
 * the notice need not know it.
 */
public interface DocumentsOnNotice {

    List<DocumentView> of(UUID opportunityId);
}
