package onestop.opportunities.opportunity;

import java.util.UUID;

/** Which version of its tender notice a procurement last published. The open-data feature keeps them. */
public interface PublishedVersions {

    int versionOfTenderNotice(UUID opportunityId);
}
