package onestop.portal.procurement;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

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

    /** The signed-in user's {@code Authorization} header, after a role check or a form check has named them. */
    String authorization() {
        if (authorization == null) {
            authorization = "Bearer " + sessions.accessToken(visitor.required());
        }
        return authorization;
    }
}
