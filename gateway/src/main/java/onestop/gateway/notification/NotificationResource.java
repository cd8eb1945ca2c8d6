package onestop.gateway.notification;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import onestop.gateway.api.NotificationPage;
import onestop.gateway.api.NotificationView;
import onestop.gateway.me.SignedInUser;
import onestop.platform.web.QueryParams;

/** The signed-in user's inbox. */
@Path("/api/me/notifications")
@Tag(name = "Me")
@Authenticated
public class NotificationResource {

    private final NotificationInbox inbox;
    private final SignedInUser user;

    NotificationResource(NotificationInbox inbox, SignedInUser user) {
        this.inbox = inbox;
        this.user = user;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The user's notifications, newest first (paged; unread=true for the unread ones)")
    public NotificationPage list(@QueryParam("unread") String unread, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return inbox.page(user.id(), QueryParams.bool(unread, "unread"), QueryParams.page(page, size));
    }

    @POST
    @Path("/{id}/read")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark one of the user's notifications read")
    public NotificationView read(@PathParam("id") UUID id) {
        return inbox.markRead(user.id(), id);
    }
}
