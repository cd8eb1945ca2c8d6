package onestop.opportunities.opportunity;

import java.util.List;
import java.util.UUID;

/** The businesses that have responded to a notice, each once. The response feature implements it. */
public interface RespondentsOfNotice {

    List<UUID> respondents(UUID opportunityId);

    /**
     * The notice changed while open: every response submitted before {@code changedAt} now needs its supplier to
     * confirm it or amend it. Called in the change's transaction.
     */
    void askToConfirm(UUID opportunityId, java.time.Instant changedAt);
}
