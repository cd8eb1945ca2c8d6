package onestop.licensing.application;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import onestop.licensing.api.TimelineView;
import onestop.licensing.timeline.TimelineEntry;
import onestop.platform.security.Roles;

/** An application's whole history, oldest first, for its owner and officers. */
@Path("/api/licensing/applications/{id}/timeline")
public class TimelineResource {

    @Inject
    ApplicationAccess access;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.BUSINESS, Roles.LICENSING_OFFICER })
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TimelineView> timeline(@PathParam("id") UUID id) {
        UUID applicationId = access.find(id).id;
        List<TimelineView> timeline = TimelineEntry.of(applicationId).stream()
                .map(e -> new TimelineView(e.at, e.actorRole, e.actorId, e.fromStatus, e.toStatus, e.message)).toList();
        access.staffRead("application-timeline", applicationId);
        return timeline;
    }
}
