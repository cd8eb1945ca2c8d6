package onestop.opportunities.opportunity;

import java.util.List;
import java.util.UUID;
import onestop.opportunities.api.PublishedAnswer;

/**
 * The answered, published questions a notice's full view shows. The clarification feature keeps them and
 * implements this, so that the notice need not know it.
 */
public interface AnswersOnNotice {

    List<PublishedAnswer> of(UUID opportunityId);
}
