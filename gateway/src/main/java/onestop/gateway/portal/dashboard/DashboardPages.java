package onestop.gateway.portal.dashboard;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import onestop.gateway.dashboard.Dashboards;
import onestop.gateway.notification.NotificationInbox;
import onestop.gateway.portal.Pagination;
import onestop.gateway.portal.PortalVisitor;
import onestop.gateway.portal.session.PortalSessions;
import onestop.gateway.token.AccessTokens;
import onestop.platform.problem.NotFound;
import onestop.platform.security.Roles;
import onestop.platform.web.PageRequest;

/**
 * The signed-in home page: a business's dashboard (built by the same code as {@code GET /api/me/dashboard}, in
 * this process), or links to a staff member's work; and the user's notifications, to read and mark read.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DashboardPages {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    PortalVisitor visitor;

    @Inject
    Dashboards dashboards;

    @Inject
    NotificationInbox inbox;

    @Inject
    AccessTokens tokens;

    @Inject
    ObjectMapper json;

    @Inject
    @Location("portal/dashboard/dashboard")
    Template dashboard;

    @Inject
    @Location("portal/dashboard/notifications")
    Template notifications;

    @GET
    @Path("dashboard")
    public TemplateInstance dashboard() {
        PortalSessions.SignedIn user = visitor.required();
        if (!user.account().roles.contains(Roles.BUSINESS)) {
            return dashboard.data("view", null).data("unread", inbox.unread(user.account().id));
        }
        String authorization = "Bearer " + tokens.accessTokenFor(user.account());
        var view = dashboards.of(user.account().id, user.account().businessId, authorization).await().atMost(WAIT);
        // as maps and lists, the way every portal template reads the services' answers
        return dashboard.data("view", json.convertValue(view, Object.class)).data("unread", view.notifications().unread());
    }

    @GET
    @Path("notifications")
    public TemplateInstance notifications(@QueryParam("page") Integer page) {
        UUID userId = visitor.required().account().id;
        var found = inbox.page(userId, false, PageRequest.of(page == null || page < 0 ? 0 : page, 20));
        @SuppressWarnings("unchecked")
        Map<String, Object> result = json.convertValue(found, Map.class);
        return notifications.data("result", result).data("pages", Pagination.of(result, "/notifications", List.of()));
    }

    @POST
    @Path("notifications/{id}/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response read(@PathParam("id") UUID id, @FormParam("csrf") String csrf) {
        UUID userId = visitor.checkForm(csrf).account().id;
        try {
            inbox.markRead(userId, id);
        } catch (NotFound notTheirs) {
            throw new NotFoundException();
        }
        return Response.seeOther(URI.create("/notifications")).build();
    }
}
