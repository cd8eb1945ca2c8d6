package onestop.portal.dashboard;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import onestop.gateway.api.DashboardView;
import onestop.gateway.api.GatewayClient;
import onestop.gateway.api.NotificationPage;
import onestop.platform.security.Roles;
import onestop.portal.ApiCalls;
import onestop.portal.Pagination;
import onestop.portal.PortalVisitor;
import onestop.portal.session.PortalSessions;

/**
 * The signed-in home page: a business's dashboard ({@code GET /api/me/dashboard}), or links to a staff member's
 * work; and the user's notifications ({@code /api/me/notifications}), to read and mark read.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DashboardPages {

    private static final int PAGE_SIZE = 20;

    /** The pages, type-checked against what they are given when the portal is built. */
    @CheckedTemplate(basePath = "portal/dashboard", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        /** {@code view} is null for staff, who have no dashboard of their own. */
        static native TemplateInstance dashboard(DashboardView view, long unread);

        static native TemplateInstance notifications(NotificationPage result, Pagination pages);
    }

    @Inject
    PortalVisitor visitor;

    @Inject
    PortalSessions sessions;

    @Inject
    GatewayClient gateway;

    @GET
    @Path("dashboard")
    public TemplateInstance dashboard() {
        PortalSessions.SignedIn user = visitor.required();
        String authorization = "Bearer " + sessions.accessToken(user);
        if (!user.account().roles().contains(Roles.BUSINESS)) {
            NotificationPage unread = ApiCalls.read(() -> gateway.notifications(authorization, true, null, 1));
            return Templates.dashboard(null, unread.total());
        }
        DashboardView view = ApiCalls.read(() -> gateway.dashboard(authorization));
        return Templates.dashboard(view, view.notifications() == null ? 0 : view.notifications().unread());
    }

    @GET
    @Path("notifications")
    public TemplateInstance notifications(@QueryParam("page") Integer page) {
        PortalSessions.SignedIn user = visitor.required();
        String authorization = "Bearer " + sessions.accessToken(user);
        int shown = page == null || page < 0 ? 0 : page;
        NotificationPage result = ApiCalls.read(() -> gateway.notifications(authorization, null, shown, PAGE_SIZE));
        return Templates.notifications(result,
                Pagination.of(result.page(), result.size(), result.total(), "/notifications", List.of()));
    }

    @POST
    @Path("notifications/{id}/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response read(@PathParam("id") UUID id, @FormParam("csrf") String csrf) {
        String authorization = "Bearer " + sessions.accessToken(visitor.checkForm(csrf));
        ApiCalls.read(() -> gateway.markRead(authorization, id));
        return Response.seeOther(URI.create("/notifications")).build();
    }
}
