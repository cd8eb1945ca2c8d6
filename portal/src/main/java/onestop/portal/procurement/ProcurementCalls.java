package onestop.portal.procurement;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import onestop.opportunities.api.NoticeView;
import onestop.opportunities.api.OpportunitiesClient;
import onestop.portal.ApiCalls;
import onestop.portal.PortalVisitor;
import onestop.portal.session.PortalSessions;

/** The signed-in visitor's token for the procurement pages' typed calls of {@code OpportunitiesClient}. */
@RequestScoped
class ProcurementCalls {

    @Inject
    PortalVisitor visitor;

    @Inject
    PortalSessions sessions;

    private String authorization;

    @Inject
    OpportunitiesClient opportunities;

    /** A notice as the signed-in user may read it (a buyer's own drafts included). */
    NoticeView notice(UUID id) {
        return ApiCalls.read(() -> opportunities.notice(authorization(), id));
    }

    /** The signed-in user's {@code Authorization} header, after a role check or a form check has named them. */
    String authorization() {
        if (authorization == null) {
            authorization = "Bearer " + sessions.accessToken(visitor.required());
        }
        return authorization;
    }
}
