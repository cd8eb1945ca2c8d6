package onestop.opportunities.opportunity;

import java.util.List;
import java.util.UUID;

/** The businesses that have responded to a notice, each once. The response feature implements it. */
public interface RespondentsOfNotice {

    List<UUID> respondents(UUID opportunityId);
}
