package onestop.portal.procurement;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import onestop.opportunities.api.CascadeClient;
import onestop.opportunities.api.NoticeView;
import onestop.opportunities.api.OpportunitiesClient;
import onestop.opportunities.api.WonContract;
import onestop.portal.ApiCalls;
import onestop.portal.PortalVisitor;
import onestop.portal.session.PortalSessions;

/** The signed-in visitor's token for the procurement pages' typed calls, and the calls several pages make. */
@RequestScoped
class ProcurementCalls {

    @Inject
    PortalVisitor visitor;

    @Inject
    PortalSessions sessions;

    private String authorization;

    @Inject
    OpportunitiesClient opportunities;

    @Inject
    CascadeClient cascade;

    /** A notice as the signed-in user may read it (a buyer's own drafts included). */
    NoticeView notice(UUID id) {
        return ApiCalls.read(() -> opportunities.notice(authorization(), id));
    }

    /** The contracts the signed-in business won. */
    List<WonContract> wonContracts() {
        return ApiCalls.read(() -> cascade.wonContracts(authorization()));
    }

    /** One of the signed-in business's won contracts; anyone else's is the portal's "not found". */
    WonContract wonContract(UUID id) {
        return wonContracts().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    /** The signed-in user's {@code Authorization} header, after a role check or a form check has named them. */
    String authorization() {
        if (authorization == null) {
            authorization = "Bearer " + sessions.accessToken(visitor.required());
        }
        return authorization;
    }
}
